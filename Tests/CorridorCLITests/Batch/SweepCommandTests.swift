// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// `corridor sweep`: one scenario per combination, with the right values, names and paths.
@Suite("corridor sweep", .serialized)
struct SweepCommandTests {
    @Test func writesEveryCombinationWithItsValues() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let run = try workspace.corridor([
            "sweep", "sweep/crossings-base.yaml", "--set", "checkpoints[nur-zholy].lanes=6,8,10",
            "--set", "demand_scale=1.0,1.82", "--out", "variants",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let expected = ["6", "8", "10"].flatMap { lanes in
            ["1.0", "1.82"].map { scale in (lanes, scale) }
        }
        #expect(
            workspace.files(in: "variants")
                == expected.map { "crossings-base__lanes=\($0.0)__demand_scale=\($0.1).yaml" }.sorted())

        for (lanes, scale) in expected {
            let name = "crossings-base__lanes=\(lanes)__demand_scale=\(scale)"
            let lines = try String(contentsOfFile: workspace.path("variants/\(name).yaml"), encoding: .utf8)
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            // The name follows the file, so batch results of the variants never collide.
            #expect(lines.contains("name: \(name)"))
            // Numbers stay numbers (unquoted); only the addressed checkpoint changes.
            #expect(lines.contains("demand_scale: \(scale)"))
            #expect(value(after: "- id: nur-zholy", in: lines) == "lanes: \(lanes)")
            #expect(value(after: "- id: khorgos", in: lines) == "lanes: 4")
            #expect(lines.contains("time_limit_seconds: 60"))
            // The CSV table still resolves from the variants' folder.
            #expect(lines.contains { $0.contains("csv: ../sweep/trucks.csv") }, "\(lines)")
        }
    }

    /// Variants of an `lp` scenario are ready for `batch`: their model path resolves from the
    /// output folder, and their results are named after them.
    @Test func variantsAreReadyForBatch() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let sweep = try workspace.corridor([
            "sweep", "sweep/lp-base.yaml", "--set", "solver.time_limit_seconds=5,10",
            "--set", "solver.mip_gap=0,0.5", "--out", "study/variants",
        ])
        #expect(sweep.status == 0, "\(sweep.stderr)")
        let batch = try workspace.corridor(["batch", "study/variants", "--out", "study/results"])
        #expect(batch.status == 0, "\(batch.stdout)\n\(batch.stderr)")
        let rows = try workspace.summaryRows("study/results")
        // In byte order of the files: `…=0.5.yaml` before `…=0.yaml`.
        #expect(
            rows.compactMap { $0["scenario"] as? String } == [
                "lp-base__time_limit_seconds=10__mip_gap=0.5",
                "lp-base__time_limit_seconds=10__mip_gap=0",
                "lp-base__time_limit_seconds=5__mip_gap=0.5",
                "lp-base__time_limit_seconds=5__mip_gap=0",
            ])
        #expect(rows.allSatisfy { $0["objective"] as? Double == 90 }, "\(rows)")
    }

    @Test(arguments: [
        ("checkpoints[nur-zholy].lanse=1", ["no field checkpoints[nur-zholy].lanse", "id, lanes"]),
        ("checkpoints[aktau].lanes=1", ["no element \"aktau\"", "khorgos, nur-zholy"]),
        ("trucks[0].arrival=1", ["CSV table (trucks.csv)"]),
        ("demand=1", ["no field demand", "kind, name, demand_scale, trucks, checkpoints, solver"]),
        ("demand_scale.x=1", ["demand_scale is a value (1.0), not a mapping"]),
        ("demand_scale", ["expected PATH=V1,V2"]),
        ("demand_scale=1,1", ["1 is given twice"]),
        ("checkpoints[].lanes=1", ["empty []"]),
    ])
    func rejectsPathsThatDoNotExist(setting: String, messages: [String]) throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let run = try workspace.corridor(
            ["sweep", "sweep/crossings-base.yaml", "--set", setting, "--out", "variants"])
        #expect(run.status == 2)
        for message in messages {
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }
        #expect(workspace.files(in: "variants").isEmpty)
    }

    /// Two swept paths with the same last name are told apart in file names.
    @Test func labelsTellApartPathsWithTheSameLastName() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let run = try workspace.corridor([
            "sweep", "sweep/crossings-base.yaml", "--set", "checkpoints[khorgos].lanes=2",
            "--set", "checkpoints[1].lanes=3", "--out", "variants",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(workspace.files(in: "variants") == ["crossings-base__khorgos.lanes=2__1.lanes=3.yaml"])
    }

    /// 64 settings of two values each are 2⁶⁴ variants, which wraps a 64-bit count to 0: refused
    /// at once rather than planned.
    @Test(arguments: [17, 64, 65])
    func refusesMoreVariantsThanTheMaximumWithoutOverflow(settings: Int) throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let fields = (1...settings).map { "f\($0): 0" }.joined(separator: "\n")
        try workspace.write("sweep/wide.yaml", "kind: lp\nmodel: ../models/small.lp\n\(fields)\n")
        let sets = (1...settings).flatMap { ["--set", "f\($0)=1,2"] }
        let run = try workspace.corridor(["sweep", "sweep/wide.yaml"] + sets + ["--out", "variants"], timeout: 30)
        #expect(!run.timedOut, "the sweep hung")
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("more than 100000 variants"), "\(run.stderr)")
        #expect(workspace.files(in: "variants").isEmpty)
    }

    /// The line after the line `marker` in `lines`.
    private func value(after marker: String, in lines: [String]) -> String? {
        guard let index = lines.firstIndex(of: marker), index + 1 < lines.count else { return nil }
        return lines[index + 1]
    }
}
