// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// Result files that are no results — truncated, empty, garbled, hand-edited with wrong types or
/// numbers beyond range — are named with what is wrong: `summarize` fails (exit status 1) rather
/// than count fewer scenarios, and `batch --resume` solves their scenarios again.
@Suite("corrupt result files")
struct CorruptResultTests {
    /// A bad result's content and the words its message must hold.
    static let corruptions: [(name: String, content: String, problem: String)] = [
        ("truncated", "{", "is not valid JSON (byte 1: "),
        ("empty", "", "is empty"),
        ("garbage", "\u{1}\u{2}not json at all", "is not valid JSON"),
        ("array", "[1, 2]", "is not a JSON object"),
        ("wrong-status", #"{"scenario": "s", "status": 3}"#, "`status` is not text (got 3)"),
        ("wrong-objective", #"{"scenario": "s", "status": "optimal", "objective": "many"}"#, "`objective` is not a number"),
        ("overflow", #"{"scenario": "s", "status": "optimal", "objective": 1e999}"#, "the number 1e999 is out of range"),
    ]

    @Test func summarizeNamesEachUnreadableFileAndFails() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let batch = try workspace.corridor(["batch", "valid/v02.yaml", "--out", "ob", "--jobs", "1"])
        try #require(batch.status == 0, "\(batch.stderr)")
        for (name, content, _) in Self.corruptions {
            try content.write(toFile: workspace.path("ob/\(name).json"), atomically: true, encoding: .utf8)
        }
        let run = try workspace.corridor(["summarize", "ob", "--out", "merged"])
        #expect(run.status == 1, "\(run.stdout)\n\(run.stderr)")
        for (name, _, problem) in Self.corruptions {
            let line = run.stderr.split(separator: "\n").first { $0.contains("ob/\(name).json: ") }
            #expect(line?.contains(problem) == true, "\(name): \(run.stderr)")
        }
        #expect(run.stdout.contains("1 scenarios from 1 folders") && run.stdout.contains("7 unreadable"), "\(run.stdout)")
        // The readable result is still summarized, and the summary is written (no non-finite number in it).
        #expect(try workspace.summaryRows("merged").count == 1)
    }

    @Test func resumeSolvesScenariosWhoseResultIsCorruptAgainAndSaysSo() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        let first = try workspace.corridor(["batch", "valid", "--out", "out", "--jobs", "2"])
        try #require(first.status == 0, "\(first.stderr)")
        let bad = ["v02": "{", "v03": "", "v04": #"{"scenario": "v04", "status": "optimal", "objective": 1e999}"#]
        for (name, content) in bad {
            try content.write(toFile: workspace.path("out/\(name).json"), atomically: true, encoding: .utf8)
        }
        let resumed = try workspace.corridor(["batch", "valid", "--out", "out", "--jobs", "2", "--resume"])
        #expect(resumed.status == 0, "\(resumed.stdout)\n\(resumed.stderr)")
        for name in bad.keys.sorted() {
            #expect(resumed.stderr.contains("out/\(name).json: "), "\(name): \(resumed.stderr)")
            #expect(workspace.json("out/\(name).json")?["status"] as? String == "optimal", "\(name)")
        }
        #expect(resumed.stderr.contains("solving valid/v02.yaml again"), "\(resumed.stderr)")
        #expect(resumed.stderr.contains("the number 1e999 is out of range"), "\(resumed.stderr)")
        #expect(try workspace.summaryRows("out").allSatisfy { $0["status"] as? String == "optimal" })
    }
}
