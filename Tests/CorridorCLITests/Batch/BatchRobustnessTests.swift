// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// `corridor batch` against hostile files and arguments, interruption, and the result files it
/// writes: what a failure is, and that a batch result reads like `corridor solve --json`.
@Suite("corridor batch robustness", .serialized)
struct BatchRobustnessTests {
    /// A YAML alias bomb (aliases used as mapping keys, which make Yams' composer hash 10⁹ nodes)
    /// and a file that is not YAML at all: the batch reads every header at once, then solves; both
    /// get a failed row, the valid scenario is solved.
    @Test func aliasBombsAndBadYAMLDoNotStopTheBatch() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        var bomb = ["kind: lp", "model: ../models/small.lp", "solver: {time_limit_seconds: 1}"]
        bomb.append("a0: &a0 [x, x, x, x, x, x, x, x, x, x]")
        for level in 1...9 {
            bomb.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        bomb += ["keyed:", "  ? *a9", "  : 1"]
        try workspace.write("hostile/bomb.yaml", bomb.joined(separator: "\n") + "\n")
        try workspace.write("hostile/broken.yaml", "kind: lp\nmodel: [../models/small.lp\n")
        try workspace.write("hostile/fine.yaml", "kind: lp\nname: fine\nmodel: ../models/small.lp\n")

        let run = try workspace.corridor(
            ["batch", "hostile", "--out", "out", "--jobs", "3", "--grace", "1"], timeout: 60)
        #expect(!run.timedOut, "the batch hung")
        #expect(run.status == 1, "\(run.stdout)\n\(run.stderr)")
        let rows = try workspace.summaryRows("out")
        #expect(rows.compactMap { $0["file"] as? String } == ["hostile/bomb.yaml", "hostile/broken.yaml", "hostile/fine.yaml"])
        #expect(rows.compactMap { $0["status"] as? String } == ["error", "error", "optimal"])
        let broken = workspace.json("out/broken.json")
        #expect((broken?["message"] as? String)?.contains("not valid YAML") == true, "\(String(describing: broken))")
        #expect((broken?["errors"] as? [String])?.isEmpty == false)
    }

    /// A scenario failed exactly when its result's status is `error`: an infeasible `lp` model is
    /// recorded as failed with its message, and an invalid scenario's result keeps every problem
    /// in `errors`, whatever the worker's exit status.
    @Test func failedMeansStatusErrorAndKeepsTheWorkersResult() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        try workspace.write(
            "models/infeasible.lp",
            "Minimize\n cost: x\nSubject To\n low: x >= 2\n high: x <= 1\nEnd\n")
        try workspace.write("cases/infeasible.yaml", "kind: lp\nmodel: ../models/infeasible.lp\n")
        try FileManager.default.copyItem(
            atPath: workspace.path("mixed/invalid-field.yaml"), toPath: workspace.path("cases/invalid-field.yaml"))
        try FileManager.default.copyItem(
            atPath: workspace.path("mixed/alpha.yaml"), toPath: workspace.path("cases/alpha.yaml"))

        let run = try workspace.corridor(["batch", "cases", "--out", "out"])
        #expect(run.status == 1, "\(run.stdout)\n\(run.stderr)")
        let summary = try #require(workspace.json("out/summary.json"))
        #expect(summary["failed"] as? Int == 2)
        let rows = try workspace.summaryRows("out")
        let infeasible = try #require(rows.first { $0["file"] as? String == "cases/infeasible.yaml" })
        #expect(infeasible["status"] as? String == "error")
        #expect((infeasible["message"] as? String)?.hasPrefix("infeasible") == true, "\(infeasible)")
        #expect(run.stdout.contains("failed: cases/infeasible.yaml: infeasible"), "\(run.stdout)")

        // The invalid scenario's result is the worker's: message and every problem.
        let invalid = try #require(workspace.json("out/invalid-field.json"))
        let errors = try #require(invalid["errors"] as? [String], "\(invalid)")
        #expect(errors.count == 2)
        #expect(errors.contains { $0.contains("invalid-field.yaml:2") && $0.contains("did you mean") }, "\(errors)")
        #expect((invalid["message"] as? String)?.hasPrefix("2 problems") == true)
        #expect(workspace.json("out/alpha.json")?["status"] as? String == "optimal")
    }

    /// A batch result is `corridor solve FILE --json -` of the same file, member order and number
    /// forms included, with the batch's own `batch` member added; only `solve_seconds` differs
    /// (it is measured anew).
    @Test(arguments: ["mixed/bravo.yaml", "mixed/charlie.json", "mixed/hard.yaml", "mixed/invalid-field.yaml"])
    func batchResultEqualsSolveJSON(file: String) throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let batch = try workspace.corridor(["batch", file, "--out", "out"])
        #expect([0, 1].contains(batch.status), "\(batch.stderr)")
        let solve = try workspace.corridor(["solve", file, "--json", "-"])
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let recorded = try String(contentsOfFile: workspace.path("out/\(name).json"), encoding: .utf8)

        // The `batch` member is the last one; without it the text ends as `solve`'s does.
        let marker = try #require(recorded.range(of: ",\n  \"batch\": {"), "\(recorded)")
        let withoutBatch = String(recorded[..<marker.lowerBound]) + "\n}\n"
        func masked(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.hasPrefix("  \"solve_seconds\": ") ? "  \"solve_seconds\": <masked>," : String($0)
            }.joined(separator: "\n")
        }
        if file.hasSuffix("hard.yaml") {
            // Stopped by its time limit: the plan found may differ from run to run; the members and
            // their order may not.
            #expect(memberNames(withoutBatch) == memberNames(solve.stdout))
        } else {
            #expect(masked(withoutBatch) == masked(solve.stdout))
        }
    }

    /// SIGTERM to a running batch: the workers it kills are not recorded (as crashed), so
    /// `--resume` solves exactly the scenarios without a result, the running ones included.
    @Test func interruptedScenariosAreSolvedAgainOnResume() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        // Three workers at a time; v05, v06 and v07 hang (no time limit) until the batch is
        // interrupted, v08 (named v01) waits for a free slot.
        let batch = try workspace.start(
            ["batch", "valid", "--out", "out", "--jobs", "3"],
            environment: ["CORRIDOR_TEST_HANG_ON": "v05,v06,v07"])
        let allRunning = eventually(within: 60) {
            FileManager.default.fileExists(atPath: workspace.path("out/v04.json"))
                && ["v05", "v06", "v07"].allSatisfy { !runningProcesses(mentioning: "valid/\($0).yaml").isEmpty }
        }
        #expect(allRunning)
        // A scratch folder that takes a while to remove (as on a slow shared volume) holds the
        // batch's exit back, giving the killed workers' ends every chance to be recorded.
        let scratch = try #require(workspace.files(in: "out").first {
            $0.hasPrefix(".corridor-batch-") && $0.contains("-\(batch.processIdentifier)-")
        })
        let filler = workspace.path("out/\(scratch)/filler")
        try FileManager.default.createDirectory(atPath: filler, withIntermediateDirectories: true)
        for index in 0..<3000 { _ = FileManager.default.createFile(atPath: "\(filler)/\(index)", contents: nil) }
        kill(batch.processIdentifier, SIGTERM)
        batch.waitUntilExit()
        #expect(batch.terminationStatus == 128 + SIGTERM)
        #expect(workspace.files(in: "out").filter { !$0.hasPrefix(".") } == ["v01.json", "v02.json", "v03.json", "v04.json"])
        #expect(eventually(within: 5) { runningProcesses(mentioning: workspace.path("out")).isEmpty })

        let resumed = try workspace.corridor(["batch", "valid", "--out", "out", "--resume"])
        #expect(resumed.status == 0, "\(resumed.stdout)\n\(resumed.stderr)")
        #expect(resumed.stderr.contains("4 scenarios already have results"), "\(resumed.stderr)")
        let solved = progressNames(in: resumed.stderr)
        #expect(solved.sorted() == ["v01~2", "v05", "v06", "v07"], "\(resumed.stderr)")
        #expect(try workspace.summaryRows("out").allSatisfy { $0["status"] as? String == "optimal" })
    }

    /// `--jobs` of any size starts no more workers than there are scenarios.
    @Test func acceptsTheLargestJobsCount() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let run = try workspace.corridor(
            ["batch", "valid/v01.yaml", "valid/v02.yaml", "--out", "out", "--jobs", "\(Int.max)"], timeout: 30)
        #expect(!run.timedOut, "the batch hung")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try workspace.summaryRows("out").count == 2)
    }

    /// A time limit of 0 is a limit like any other: `--time-limit 0` is accepted, and a scenario's
    /// `time_limit_seconds: 0` still kills a hung worker after the grace period.
    @Test func timeLimitZeroIsALimit() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let option = try workspace.corridor(["batch", "valid/v01.yaml", "--out", "option", "--time-limit", "0"])
        #expect(option.status == 0, "\(option.stderr)")
        let status = workspace.json("option/v01.json")?["status"] as? String
        #expect(["optimal", "feasible", "no-solution"].contains(status ?? ""), "\(option.stderr)")

        try workspace.write(
            "zero/stuck.yaml", "kind: lp\nmodel: ../models/small.lp\nsolver: {time_limit_seconds: 0}\n")
        let file = try workspace.corridor(
            ["batch", "zero", "--out", "file", "--grace", "1"],
            environment: ["CORRIDOR_TEST_HANG_ON": "stuck"], timeout: 30)
        #expect(!file.timedOut, "a worker with a time limit of 0 was never killed")
        #expect(file.status == 1)
        let message = workspace.json("file/stuck.json")?["message"] as? String ?? ""
        #expect(message.contains("timed out") && message.contains("time limit 0.0 s + grace 1.0 s"), "\(message)")
    }

    /// A limit too large to count (from the command line or a file) means no deadline, not a crash.
    @Test func hugeTimeLimitsDoNotCrash() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let option = try workspace.corridor(["batch", "valid/v01.yaml", "--out", "option", "--time-limit", "1e300"])
        #expect(option.status == 0, "\(option.stderr)")
        #expect(workspace.json("option/v01.json")?["status"] as? String == "optimal")

        try workspace.write(
            "huge/long.yaml", "kind: lp\nmodel: ../models/small.lp\nsolver: {time_limit_seconds: 1e300}\n")
        let file = try workspace.corridor(["batch", "huge", "--out", "file", "--grace", "1e300"])
        #expect(file.status == 0, "\(file.stdout)\n\(file.stderr)")
        #expect(workspace.json("file/long.json")?["status"] as? String == "optimal")
    }

    /// The names of the object members of a result text, at its top level, in order.
    private func memberNames(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  \""), !line.hasPrefix("   ") else { return nil }
            return line.dropFirst(3).split(separator: "\"").first.map(String.init)
        }
    }
}

extension BatchWorkspace {
    /// Writes `text` to the file at `relative`, creating its folder.
    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}

/// The names of the scenarios in a batch's plain progress lines
/// (`[3/5] name: optimal (0.02 s)` or `[3/5] FAILED name: reason`).
func progressNames(in stderr: String) -> [String] {
    stderr.split(separator: "\n").compactMap { line in
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return nil }
        var rest = line[line.index(after: close)...].drop { $0 == " " }
        if rest.hasPrefix("FAILED ") { rest = rest.dropFirst("FAILED ".count) }
        return rest.firstIndex(of: ":").map { String(rest[..<$0]) }
    }
}
