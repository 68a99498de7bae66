// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
@testable import CorridorBatch
import CorridorScenario
import CorridorSupport
import Foundation
import Testing

/// The parts of a batch that a CLI test cannot pin down: header reading, the ordered JSON of
/// results, the kill deadline and the cut of a worker's standard error.
@Suite("batch internals")
struct BatchInternalsTests {
    @Test func headerReadsNameKindAndTimeLimit() {
        let header = ScenarioHeader.read(
            text: "kind: lp\nname: aktau\nsolver:\n  time_limit_seconds: 0\n", defaultName: "file")
        #expect(header == ScenarioHeader(name: "aktau", kind: "lp", timeLimitSeconds: 0))
        let json = ScenarioHeader.read(
            text: #"{"kind": "lp", "solver": {"time_limit_seconds": 2.5}}"#, defaultName: "file")
        #expect(json == ScenarioHeader(name: "file", kind: "lp", timeLimitSeconds: 2.5))
        let huge = ScenarioHeader.read(text: "solver: {time_limit_seconds: 1e300}\n", defaultName: "f")
        #expect(huge.timeLimitSeconds == 1e300)
        // Not text, not a number: absent.
        let odd = ScenarioHeader.read(text: "name: [a]\nkind: true\nsolver: 3\n", defaultName: "f")
        #expect(odd == ScenarioHeader(name: "f"))
        #expect(ScenarioHeader.read(text: "kind: [unclosed\n", defaultName: "f") == ScenarioHeader(name: "f"))
    }

    /// Aliases used as mapping keys make Yams' composer hash every expanded node (10⁹ here); the
    /// header reader never composes them.
    @Test func headerOfAnAliasBombIsReadAtOnce() {
        var lines = ["kind: lp", "name: bomb", "solver:", "  time_limit_seconds: 3", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        lines += ["keyed: {*a9 : 1}", "more:", "  ? *a9", "  : 2"]
        let start = ContinuousClock.now
        let header = ScenarioHeader.read(text: lines.joined(separator: "\n"), defaultName: "f")
        #expect(header == ScenarioHeader(name: "bomb", kind: "lp", timeLimitSeconds: 3))
        #expect(start.duration(to: .now) < .seconds(1))
    }

    @Test func orderedParsingKeepsMembersAndNumberForms() throws {
        let result = ScenarioResult(
            scenario: "s \"q\" \u{1F600}", kind: "lp", file: "a/b.yaml", status: .optimal, objective: 1763.0,
            bound: 1e-05, gap: 0, unserved: 2, solveSeconds: 0.84,
            plan: .object([("z", .integer(-3)), ("a", .array([.number(0.1), .null, .bool(true)]))]))
        let text = result.jsonText()
        let parsed = try JSONValue(orderedParsing: Data(text.utf8))
        #expect(parsed.text() + "\n" == text)
        #expect(parsed.objectValue?.map(\.0).prefix(3) == ["scenario", "kind", "status"])
        let escaped = try JSONValue(orderedParsing: Data(#"{"b": "\u00e9\ud83d\ude00\n", "a": -0.5e2}"#.utf8))
        #expect(escaped == .object([("b", .string("é😀\n")), ("a", .number(-50))]))
        for bad in ["", "{", "[1,]", "01", "{\"a\" 1}", "\"\\x\"", "1 2"] {
            #expect(throws: JSONValue.ParseError.self, "\(bad)") { try JSONValue(orderedParsing: Data(bad.utf8)) }
        }
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONValue.ParseError.self) { try JSONValue(orderedParsing: Data(deep.utf8)) }
    }

    @Test func deadlineIsLimitPlusGraceWhateverTheLimit() {
        func deadline(_ option: Double?, file: Double?, grace: Double = 10) -> Duration? {
            let configuration = BatchConfiguration(
                executable: "", outputFolder: "", jobs: 1, timeLimitSeconds: option, graceSeconds: grace)
            let entry = BatchEntry(
                file: ScenarioFile(path: "x.yaml"), header: ScenarioHeader(name: "x", timeLimitSeconds: file),
                resultName: "x")
            return configuration.deadline(for: entry)
        }
        #expect(deadline(nil, file: nil) == nil)
        #expect(deadline(nil, file: 0) == .seconds(10))
        #expect(deadline(0, file: 60) == .seconds(10))
        #expect(deadline(nil, file: 1.5, grace: 0) == .milliseconds(1500))
        #expect(deadline(nil, file: -1) == .seconds(10))
        #expect(deadline(1e300, file: nil) == nil)
        #expect(deadline(nil, file: .infinity) == nil)
        #expect(deadline(1, file: nil, grace: 1e300) == nil)
    }

    @Test func stderrHeadIsCutOnACharacterBoundary() {
        let text = String(repeating: "é", count: 10)  // 2 bytes each
        #expect(ResultRecorder.head(of: Data(text.utf8), limit: 5) == "éé …")
        #expect(ResultRecorder.head(of: Data(text.utf8), limit: 6) == "ééé …")
        #expect(ResultRecorder.head(of: Data(" first\nsecond ".utf8), limit: 100) == "first\nsecond")
    }

    @Test func csvFieldsAreQuotedOnlyWhenNeeded() {
        #expect(CSVText.line(["a", "b,c", "say \"hi\"", "x\ny"]) == #"a,"b,c","say ""hi""","x"# + "\ny\"")
    }

    /// Loader number forms (YAML core schema) give the header its time limit too.
    @Test func headerReadsTimeLimitsAsTheLoaderDoes() {
        for (text, seconds) in [("0x2", 2.0), ("1_0", 10.0), ("0o17", 15.0), ("2.5", 2.5), (".inf", .infinity)] {
            let header = ScenarioHeader.read(
                text: "kind: lp\nsolver: {time_limit_seconds: \(text)}\n", defaultName: "f")
            #expect(header.timeLimitSeconds == seconds, "\(text)")
        }
        #expect(ScenarioHeader.read(text: "solver: {time_limit_seconds: '2'}\n", defaultName: "f")
            .timeLimitSeconds == nil)
    }

    /// A scratch folder is named for its host, process and a random part, and is abandoned
    /// exactly when nobody holds its lock.
    @Test func scratchFoldersAreAbandonedWhenTheirLockIsFree() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("corridor-scratch-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let live = try ScratchFolder.create(in: folder)
        let dead = try ScratchFolder.create(in: folder)
        #expect(live.path != dead.path)
        let name = URL(fileURLWithPath: live.path).lastPathComponent
        #expect(name.hasPrefix(".corridor-batch-") && name.contains("-\(getpid())-"))
        #expect(!ScratchFolder.isAbandoned(live.path, name: name))
        close(dead.lock)
        let current = "\(folder)/.corridor-batch-current"
        ScratchCleanup.removeLeftovers(in: folder, keeping: current)
        #expect(FileManager.default.fileExists(atPath: live.path))
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        close(live.lock)
    }
}
