// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// `corridor batch`'s long-lived workers: a scenario that crashes or hangs costs only its worker,
/// which a fresh one replaces for the scenarios after it, and workers are recycled.
@Suite("corridor batch worker pool", .serialized)
struct WorkerPoolTests {
    /// `count` small scenarios `long/s01.yaml`, … (optimum 11 each), `s02` invalid.
    private func longRun(_ count: Int) throws -> BatchWorkspace {
        let workspace = try BatchWorkspace()
        for index in 1...count {
            let name = String(format: "s%02d", index)
            let field = index == 2 ? "modle" : "model"
            try workspace.write("long/\(name).yaml", "kind: lp\nname: \(name)\n\(field): ../models/small.lp\n")
        }
        return workspace
    }

    /// The `batch` member of each result, by scenario name.
    private func batchMembers(_ workspace: BatchWorkspace, _ names: [String]) throws -> [String: [String: Any]] {
        try Dictionary(uniqueKeysWithValues: names.map { name in
            let result = try #require(workspace.json("out/\(name).json"), "no result for \(name)")
            return (name, try #require(result["batch"] as? [String: Any]))
        })
    }

    /// One worker (`--jobs 1`) crashes in the middle of a long run: the crash is recorded with its
    /// signal and the standard error written for that scenario only (not the invalid scenario's
    /// problems the same worker reported before), and a fresh worker solves every scenario after it.
    @Test func aCrashMidRunIsReplacedByAFreshWorker() throws {
        let workspace = try longRun(10)
        defer { workspace.remove() }
        let run = try workspace.corridor(
            ["batch", "long", "--out", "out", "--jobs", "1"],
            environment: ["CORRIDOR_TEST_CRASH_ON": "s05"], timeout: 60)
        #expect(!run.timedOut)
        #expect(run.status == 1, "\(run.stdout)\n\(run.stderr)")
        let names = (1...10).map { String(format: "s%02d", $0) }
        let rows = try workspace.summaryRows("out")
        #expect(rows.compactMap { $0["status"] as? String }
            == ["optimal", "error", "optimal", "optimal", "error"] + Array(repeating: "optimal", count: 5))

        let crash = workspace.json("out/s05.json")?["message"] as? String ?? ""
        #expect(crash.contains("crashed: SIGABRT"), "\(crash)")
        #expect(crash.contains("CORRIDOR_TEST_CRASH_ON: aborting in long/s05.yaml"), "\(crash)")
        #expect(!crash.contains("modle"), "another scenario's standard error leaked in: \(crash)")

        let batch = try batchMembers(workspace, names)
        let first = batch["s01"]?["worker_pid"] as? Int
        let second = batch["s06"]?["worker_pid"] as? Int
        #expect(first != nil && second != nil && first != second)
        for name in names.prefix(5) { #expect(batch[name]?["worker_pid"] as? Int == first, "\(name)") }
        for name in names.suffix(5) { #expect(batch[name]?["worker_pid"] as? Int == second, "\(name)") }
        #expect(names.compactMap { batch[$0]?["worker_scenario"] as? Int } == [1, 2, 3, 4, 5, 1, 2, 3, 4, 5])
        #expect(batch["s05"]?["worker"] as? String == "killed by SIGABRT")
        #expect(batch["s06"]?["worker"] as? String == "answered with status 0")
        #expect(run.stdout.contains("workers: 2 processes for 10 scenarios"), "\(run.stdout)")
    }

    /// A worker that hangs past its deadline is killed and recorded as timed out; the same job
    /// slot goes on with a fresh worker.
    @Test func aHangIsKilledAndTheSlotGoesOn() throws {
        let workspace = try longRun(5)
        defer { workspace.remove() }
        let run = try workspace.corridor(
            ["batch", "long", "--out", "out", "--jobs", "1", "--time-limit", "0.5", "--grace", "0.5"],
            environment: ["CORRIDOR_TEST_HANG_ON": "s03"], timeout: 60)
        #expect(!run.timedOut)
        #expect(run.status == 1, "\(run.stdout)\n\(run.stderr)")
        let rows = try workspace.summaryRows("out")
        #expect(rows.compactMap { $0["status"] as? String } == ["optimal", "error", "error", "optimal", "optimal"])
        let hang = workspace.json("out/s03.json")?["message"] as? String ?? ""
        #expect(hang.contains("timed out after") && hang.contains("time limit 0.5 s + grace 0.5 s"), "\(hang)")

        let batch = try batchMembers(workspace, ["s01", "s03", "s04", "s05"])
        #expect(batch["s03"]?["worker_pid"] as? Int == batch["s01"]?["worker_pid"] as? Int)
        #expect(batch["s04"]?["worker_pid"] as? Int != batch["s01"]?["worker_pid"] as? Int)
        #expect(batch["s05"]?["worker_pid"] as? Int == batch["s04"]?["worker_pid"] as? Int)
        #expect((batch["s03"]?["worker"] as? String)?.hasPrefix("killed after") == true)
        #expect(runningProcesses(mentioning: workspace.path("out")).isEmpty)
    }

    /// A worker is replaced after `--worker-scenarios` scenarios, and after any scenario that
    /// leaves it above `--worker-memory` MB.
    @Test func workersAreRecycled() throws {
        let workspace = try longRun(7)
        defer { workspace.remove() }
        try FileManager.default.removeItem(atPath: workspace.path("long/s02.yaml"))
        let names = ["s01", "s03", "s04", "s05", "s06", "s07"]
        let counted = try workspace.corridor(
            ["batch", "long", "--out", "out", "--jobs", "1", "--worker-scenarios", "4"], timeout: 60)
        #expect(counted.status == 0, "\(counted.stdout)\n\(counted.stderr)")
        var batch = try batchMembers(workspace, names)
        #expect(names.compactMap { batch[$0]?["worker_scenario"] as? Int } == [1, 2, 3, 4, 1, 2])
        #expect(Set(names.compactMap { batch[$0]?["worker_pid"] as? Int }).count == 2)
        #expect(counted.stdout.contains("workers: 2 processes for 6 scenarios"), "\(counted.stdout)")

        let memory = try workspace.corridor(
            ["batch", "long", "--out", "out", "--jobs", "2", "--worker-memory", "1"], timeout: 60)
        #expect(memory.status == 0, "\(memory.stdout)\n\(memory.stderr)")
        batch = try batchMembers(workspace, names)
        #expect(names.allSatisfy { batch[$0]?["worker_scenario"] as? Int == 1 })
        #expect(Set(names.compactMap { batch[$0]?["worker_pid"] as? Int }).count == 6)
    }
}
