// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// `corridor batch` end to end: isolation of failing scenarios, atomic results under SIGKILL,
/// `--resume`, and bad arguments.
@Suite("corridor batch", .serialized)
struct BatchCommandTests {
    /// Valid, invalid, crashing, hanging and time-limited scenarios: every one recorded, the
    /// valid ones solved, exit status 1.
    @Test func recordsEveryFailureAndSolvesTheRest() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let run = try workspace.corridor(
            ["batch", "mixed", "--out", "out", "--jobs", "2", "--grace", "1"],
            environment: ["CORRIDOR_TEST_CRASH_ON": "crash", "CORRIDOR_TEST_HANG_ON": "hang"])
        #expect(run.status == 1, "\(run.stdout)\n\(run.stderr)")

        let rows = try workspace.summaryRows("out")
        let byFile = Dictionary(uniqueKeysWithValues: rows.map { ($0["file"] as? String ?? "", $0) })
        // Sorted by path; the hidden scenario and the CSV table are not scenarios of the batch.
        #expect(
            rows.compactMap { $0["file"] as? String } == [
                "mixed/alpha.yaml", "mixed/bravo.yaml", "mixed/charlie.json", "mixed/crash.yaml",
                "mixed/hang.yaml", "mixed/hard.yaml", "mixed/invalid-field.yaml",
                "mixed/invalid-missing.yaml", "mixed/more/delta.yml",
            ])
        func row(_ file: String) -> [String: Any] { byFile["mixed/\(file)"] ?? [:] }

        // Solved, with their known optima.
        #expect(row("alpha.yaml")["status"] as? String == "optimal")
        #expect(row("alpha.yaml")["objective"] as? Double == 11)
        #expect(row("bravo.yaml")["objective"] as? Double == 90)
        #expect(row("charlie.json")["objective"] as? Double == 153.675)
        #expect(row("more/delta.yml")["objective"] as? Double == 90)
        // A scenario that reaches its time limit has a result, not a failure.
        let hard = try #require(row("hard.yaml")["status"] as? String)
        #expect(["feasible", "no-solution"].contains(hard))

        // Failures, each with its reason.
        for file in ["crash.yaml", "hang.yaml", "invalid-field.yaml", "invalid-missing.yaml"] {
            #expect(row(file)["status"] as? String == "error", "\(file)")
        }
        let crash = row("crash.yaml")["message"] as? String ?? ""
        #expect(crash.contains("crashed: SIGABRT"), "\(crash)")
        let hang = row("hang.yaml")["message"] as? String ?? ""
        #expect(hang.contains("timed out after") && hang.contains("time limit 1.0 s + grace 1.0 s"), "\(hang)")
        // An invalid scenario's message is its first problem; its result lists them all.
        let field = row("invalid-field.yaml")["message"] as? String ?? ""
        #expect(field.contains("invalid-field.yaml:1") && field.hasPrefix("2 problems"), "\(field)")
        let fieldErrors = workspace.json("out/invalid-field.json")?["errors"] as? [String] ?? []
        #expect(fieldErrors.contains { $0.contains("invalid-field.yaml:2") && $0.contains("did you mean") })
        let missing = row("invalid-missing.yaml")["message"] as? String ?? ""
        #expect(missing.contains("no-such-model.lp"), "\(missing)")

        // One result per scenario; the two scenarios named alpha do not overwrite each other.
        #expect(
            workspace.files(in: "out") == [
                "alpha.json", "alpha~2.json", "bravo.json", "charlie.json", "crash.json", "hang.json",
                "hard.json", "invalid-field.json", "invalid-missing.json", "summary.csv",
                "summary.json",
            ])
        #expect(workspace.json("out/alpha.json")?["file"] as? String == "mixed/alpha.yaml")
        #expect(workspace.json("out/alpha~2.json")?["file"] as? String == "mixed/more/delta.yml")
        let summary = try #require(workspace.json("out/summary.json"))
        #expect(summary["total"] as? Int == 9)
        #expect(summary["failed"] as? Int == 4)
        let csv = try String(contentsOfFile: workspace.path("out/summary.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "file,scenario,kind,status,objective,bound,gap,unserved,solve_seconds,message")
        #expect(lines.count == 10)
        #expect(lines.contains { $0.hasPrefix("mixed/alpha.yaml,alpha,lp,optimal,11,11,0,0,") })
    }

    /// A batch killed with SIGKILL leaves only complete results and no running worker; `--resume`
    /// solves exactly the scenarios without a complete result and leaves the others alone.
    @Test func survivesSIGKILLAndResumesExactlyTheMissingOnes() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        // One worker at a time, and v05 hangs with no time limit: the batch stops there.
        let batch = try workspace.start(
            ["batch", "valid", "--out", "out", "--jobs", "1"],
            environment: ["CORRIDOR_TEST_HANG_ON": "v05"])
        let reachedV05 = eventually(within: 60) {
            FileManager.default.fileExists(atPath: workspace.path("out/v04.json"))
        }
        kill(batch.processIdentifier, SIGKILL)
        batch.waitUntilExit()
        #expect(reachedV05)

        // Every result file parses; hidden files are scratch, never results.
        let visible = workspace.files(in: "out").filter { !$0.hasPrefix(".") }
        #expect(visible == ["v01.json", "v02.json", "v03.json", "v04.json"])
        for name in visible {
            #expect(workspace.json("out/\(name)")?["status"] as? String == "optimal", "\(name)")
        }
        // The hung worker notices that its batch is gone and ends.
        let outFolder = workspace.path("out")
        #expect(eventually(within: 5) { runningProcesses(mentioning: outFolder).isEmpty })

        // A result cut in half (as a non-atomic writer would leave it) and a stale temporary file
        // of an atomic write do not count as results.
        let v02 = workspace.path("out/v02.json")
        let whole = try Data(contentsOf: URL(fileURLWithPath: v02))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: v02))
        _ = FileManager.default.createFile(
            atPath: workspace.path("out/.v05.json.4194999.deadbeef.tmp"), contents: Data("{\"sce".utf8))
        let untouched = try ["v01", "v03", "v04"].map {
            try Data(contentsOf: URL(fileURLWithPath: workspace.path("out/\($0).json")))
        }

        let resumed = try workspace.corridor(["batch", "valid", "--out", "out", "--jobs", "2", "--resume"])
        #expect(resumed.status == 0, "\(resumed.stdout)\n\(resumed.stderr)")
        #expect(resumed.stderr.contains("3 scenarios already have results"))
        #expect(Set(solvedNames(in: resumed.stderr)) == ["v02", "v05", "v06", "v07", "v01~2"])
        #expect(solvedNames(in: resumed.stderr).count == 5)
        let after = try ["v01", "v03", "v04"].map {
            try Data(contentsOf: URL(fileURLWithPath: workspace.path("out/\($0).json")))
        }
        #expect(after == untouched)
        // Leftovers of the killed run are gone; the summary covers the whole batch.
        #expect(workspace.files(in: "out").filter { $0.hasPrefix(".") } == [])
        let rows = try workspace.summaryRows("out")
        #expect(rows.count == 8)
        #expect(rows.allSatisfy { $0["status"] as? String == "optimal" })

        // Resuming a complete batch solves nothing.
        let again = try workspace.corridor(["batch", "valid", "--out", "out", "--resume"])
        #expect(again.status == 0)
        #expect(solvedNames(in: again.stderr).isEmpty)
        #expect(again.stderr.contains("8 scenarios already have results"))
    }

    /// `--resume --retry-failed` solves failed scenarios again, and only those.
    @Test func retriesFailedScenariosOnRequest() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let first = try workspace.corridor(
            ["batch", "valid", "--out", "out"], environment: ["CORRIDOR_TEST_CRASH_ON": "v03"])
        #expect(first.status == 1)
        #expect(workspace.json("out/v03.json")?["status"] as? String == "error")

        let plainResume = try workspace.corridor(["batch", "valid", "--out", "out", "--resume"])
        #expect(plainResume.status == 1)
        #expect(solvedNames(in: plainResume.stderr).isEmpty)

        let retry = try workspace.corridor(["batch", "valid", "--out", "out", "--resume", "--retry-failed"])
        #expect(retry.status == 0, "\(retry.stderr)")
        #expect(solvedNames(in: retry.stderr) == ["v03"])
        #expect(workspace.json("out/v03.json")?["status"] as? String == "optimal")
    }

    @Test(arguments: [
        (["--shard", "0/3"], "--shard 0/3"),
        (["--shard", "4/3"], "--shard 4/3"),
        (["--shard", "two"], "expected K/N"),
        (["--shard", "1/0"], "--shard 1/0"),
        (["--jobs", "0"], "--jobs 0"),
        (["--time-limit=-1"], "--time-limit -1"),
        (["--time-limit", "nan"], "--time-limit nan"),
    ])
    func rejectsBadArgumentsWithStatus2(extra: [String], message: String) throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let run = try workspace.corridor(["batch", "valid", "--out", "out"] + extra)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("out/summary.json")))
    }

    @Test func rejectsPathsWithoutScenarios() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let empty = try workspace.corridor(["batch", "models", "--out", "out"])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("no scenario files"), "\(empty.stderr)")
        let missing = try workspace.corridor(["batch", "no-such-folder", "--out", "out"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-folder: no such file or folder"), "\(missing.stderr)")
    }

    /// The names of the scenarios a batch solved, from its plain progress lines
    /// (`[3/5] name: optimal (0.02 s)` or `[3/5] FAILED name: reason`).
    private func solvedNames(in stderr: String) -> [String] {
        stderr.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return nil }
            var rest = line[line.index(after: close)...].drop { $0 == " " }
            if rest.hasPrefix("FAILED ") { rest = rest.dropFirst("FAILED ".count) }
            return rest.firstIndex(of: ":").map { String(rest[..<$0]) }
        }
    }
}

/// Process ids of running processes whose command line mentions `text`.
func runningProcesses(mentioning text: String) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { entry in
        guard let pid = Int32(entry),
            let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
            String(decoding: data, as: UTF8.self).contains(text)
        else { return nil }
        // A zombie has ended: only its exit status waits to be collected.
        let status = (try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8)) ?? ""
        return status.contains(") Z ") ? nil : pid
    }
}
