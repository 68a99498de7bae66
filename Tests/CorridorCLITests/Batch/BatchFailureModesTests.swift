// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// What must not go wrong around the scenarios themselves: a standard error that cannot be
/// written, workers that cannot be started or die between scenarios, time limits written in any
/// form the loader accepts, hangups.
@Suite("corridor batch failure modes", .serialized)
struct BatchFailureModesTests {
    /// `names` small scenarios `long/<name>.yaml` (optimum 11 each).
    private func scenarios(_ names: [String], solver: String = "") throws -> BatchWorkspace {
        let workspace = try BatchWorkspace()
        for name in names {
            try workspace.write(
                "long/\(name).yaml", "kind: lp\nname: \(name)\nmodel: ../models/small.lp\n\(solver)")
        }
        return workspace
    }

    /// Standard error on a full device: every write to it fails, and the batch (which ignores
    /// SIGPIPE, so a failed write is an error, not its death) must not trap on one.
    @Test func aStandardErrorThatCannotBeWrittenLosesNothing() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let run = try CorridorTool.run(
            ["batch", "valid", "--out", "out", "--jobs", "2"], in: workspace.root,
            standardError: FileHandle(forWritingAtPath: "/dev/full"))
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("8 succeeded, 0 failed"), "\(run.stdout)")
        #expect(workspace.files(in: "out").filter { !$0.hasPrefix(".") }.count == 8 + 2)
        #expect(try workspace.summaryRows("out").count == 8)
    }

    /// A worker that cannot be started is not the scenario's failure: no result is written (the
    /// batch still fails and says why), and `--resume` solves it.
    @Test func aWorkerThatCannotStartLeavesNoResult() throws {
        let workspace = try scenarios(["s01", "s02", "s03"])
        defer { workspace.remove() }
        let run = try workspace.corridor(
            ["batch", "long", "--out", "out", "--jobs", "1"],
            environment: ["CORRIDOR_TEST_SPAWN_FAIL_ON": "s01"], timeout: 60)
        #expect(run.status == 1, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stderr.contains("cannot start a worker"), "\(run.stderr)")
        #expect(run.stdout.contains("2 succeeded, 1 failed"), "\(run.stdout)")
        #expect(workspace.json("out/s01.json") == nil)
        #expect(workspace.json("out/s02.json")?["status"] as? String == "optimal")

        let resumed = try workspace.corridor(["batch", "long", "--out", "out", "--resume"], timeout: 60)
        #expect(resumed.status == 0, "\(resumed.stdout)\n\(resumed.stderr)")
        #expect(workspace.json("out/s01.json")?["status"] as? String == "optimal")
    }

    /// A worker that dies after answering one scenario (say while freeing its objects) has the
    /// next request in its pipe already: that scenario goes to a fresh worker, not blamed.
    @Test func aDeathAfterTheReplyIsNotBlamedOnTheNextScenario() throws {
        let workspace = try scenarios(["s01", "s02", "s03"])
        defer { workspace.remove() }
        let run = try workspace.corridor(
            ["batch", "long", "--out", "out", "--jobs", "1"],
            environment: ["CORRIDOR_TEST_CRASH_AFTER": "s01"], timeout: 60)
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let rows = try workspace.summaryRows("out")
        #expect(rows.compactMap { $0["status"] as? String } == ["optimal", "optimal", "optimal"])
        let first = workspace.json("out/s01.json")?["batch"] as? [String: Any]
        let second = workspace.json("out/s02.json")?["batch"] as? [String: Any]
        #expect(first?["worker_pid"] as? Int != second?["worker_pid"] as? Int)
    }

    /// Time limits written as the loader reads them (YAML core schema: hexadecimal, digit
    /// separators) give a deadline: hanging scenarios with them are killed and recorded.
    @Test func timeLimitsInAnyLoaderFormKillAHang() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        try workspace.write(
            "limits/hex.yaml", "kind: lp\nmodel: ../models/small.lp\nsolver: {time_limit_seconds: 0x2}\n")
        try workspace.write(
            "limits/underscore.yaml",
            "kind: lp\nmodel: ../models/small.lp\nsolver:\n  time_limit_seconds: 1_0\n")
        let run = try workspace.corridor(
            ["batch", "limits", "--out", "out", "--jobs", "2", "--grace", "0.2"],
            environment: ["CORRIDOR_TEST_HANG_ON": "hex,underscore"], timeout: 60)
        #expect(!run.timedOut)
        #expect(run.status == 1, "\(run.stdout)\n\(run.stderr)")
        let hex = workspace.json("out/hex.json")?["message"] as? String ?? ""
        #expect(hex.contains("timed out after") && hex.contains("time limit 2.0 s"), "\(hex)")
        let underscore = workspace.json("out/underscore.json")?["message"] as? String ?? ""
        #expect(underscore.contains("timed out after") && underscore.contains("time limit 10.0 s"), "\(underscore)")
    }

    /// SIGHUP ends a batch cleanly, as SIGTERM does; under `nohup` (SIGHUP ignored) the batch
    /// and its workers keep it ignored.
    @Test func hangupsAreHandledAndNohupIsKept() throws {
        let workspace = try scenarios(["s01"])
        defer { workspace.remove() }
        let batch = try workspace.start(
            ["batch", "long", "--out", "out", "--jobs", "1"],
            environment: ["CORRIDOR_TEST_HANG_ON": "s01"])
        #expect(eventually(within: 30) { !runningProcesses(mentioning: "long/s01.yaml").isEmpty })
        kill(batch.processIdentifier, SIGHUP)
        batch.waitUntilExit()
        #expect(batch.terminationReason == .exit && batch.terminationStatus == 128 + SIGHUP)
        #expect(workspace.json("out/s01.json") == nil)
        #expect(eventually(within: 5) { runningProcesses(mentioning: workspace.path("out")).isEmpty })

        let ignoring = try workspace.start(
            ["-c", "trap '' HUP; exec corridor batch long --out out2 --jobs 1"],
            environment: ["CORRIDOR_TEST_HANG_ON": "s01"], executable: "/bin/sh")
        defer {
            ignoring.terminate()
            ignoring.waitUntilExit()
        }
        #expect(eventually(within: 30) { runningProcesses(mentioning: workspace.path("out2")).count == 1 })
        let worker = try #require(runningProcesses(mentioning: workspace.path("out2")).first)
        let status = try String(contentsOfFile: "/proc/\(worker)/status", encoding: .utf8)
        let ignored = status.split(separator: "\n").first { $0.hasPrefix("SigIgn:") }
            .flatMap { UInt64($0.split(separator: "\t").last ?? "", radix: 16) } ?? 0
        #expect(ignored & (1 << (UInt64(SIGHUP) - 1)) != 0, "\(status)")
        #expect(ignored & (1 << (UInt64(SIGTERM) - 1)) == 0, "\(status)")
    }
}
