// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import CorridorSupport
import Foundation
import CorridorScenario

/// Reading and writing result JSON files (the schema of scenarios.md, "The result").
///
/// A result is handled as an ordered ``JSONValue`` rather than a decoded type: the batch adds its
/// own member (`batch`) and otherwise passes on what the worker's `solve` wrote, member order and
/// number forms included, so a batch result reads like `corridor solve FILE --json` and a model
/// that adds fields to its results needs no change here.
enum ResultFile {
    /// What a result file holds.
    enum Reading {
        /// No file at the path.
        case missing
        /// A file that is no result, and why (for the user: which file, what is wrong).
        case unreadable(String)
        case result(JSONValue)
    }

    /// The JSON object in `path`, or `nil` when the file is missing or not a result.
    static func read(_ path: String) -> JSONValue? {
        if case .result(let value) = load(path) { return value }
        return nil
    }

    /// The result in `path`, checked: a JSON object whose `scenario` and `status` are text and
    /// whose other known members have their types (a number or null, text or null), or what
    /// is wrong with it. A truncated, empty, garbled or hand-edited file is no result, and a
    /// summary that silently left it out would under-count the batch.
    static func load(_ path: String) -> Reading {
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .unreadable("cannot be read — check its permissions")
        }
        guard !data.allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) else { return .unreadable("is empty") }
        let value: JSONValue
        do {
            value = try JSONValue(orderedParsing: data)
        } catch {
            return .unreadable("is not valid JSON (\(error))")
        }
        if let problem = problem(in: value) { return .unreadable(problem) }
        return .result(value)
    }

    /// What makes `value` no result; `nil` when it is one.
    static func problem(in value: JSONValue) -> String? {
        guard value.objectValue != nil else { return "is not a JSON object" }
        for key in ["scenario", "status"] where value[key]?.stringValue == nil {
            return value[key] == nil ? "has no `\(key)`" : "`\(key)` is not text (got \(value[key]!.text(pretty: false).prefix(60)))"
        }
        for key in ["objective", "bound", "gap", "unserved", "solve_seconds"] {
            if let member = value[key], member != .null, member.doubleValue == nil {
                return "`\(key)` is not a number (got \(member.text(pretty: false).prefix(60)))"
            }
        }
        for key in ["file", "kind", "message"] {
            if let member = value[key], member != .null, member.stringValue == nil {
                return "`\(key)` is not text (got \(member.text(pretty: false).prefix(60)))"
            }
        }
        return nil
    }

    /// The JSON object in `data`, or `nil` when it is not one.
    static func parse(_ data: Data) -> JSONValue? {
        guard let value = try? JSONValue(orderedParsing: data), value.objectValue != nil else { return nil }
        return value
    }

    /// Whether `result` is a result of `file`: a JSON object with a known `status` whose file is
    /// `file`. A half-written file does not parse, and temporary files have other names, so
    /// neither ever counts.
    static func isComplete(_ result: JSONValue?, for file: ScenarioFile) -> Bool {
        guard let result, result["status"]?.stringValue.flatMap(ResultStatus.init(rawValue:)) != nil,
            result["scenario"]?.stringValue != nil
        else { return false }
        // The absolute path recorded by the batch, else `file` resolved against this folder.
        let recorded =
            result["batch"]?["path"]?.stringValue
            ?? result["file"]?.stringValue.map(ScenarioFile.absolute)
        return recorded == file.absolutePath
    }

    /// Writes `result` to `path` atomically, as `corridor solve --json` writes it.
    static func write(_ result: JSONValue, to path: String) throws {
        try AtomicFile.write(Data((result.text() + "\n").utf8), to: path)
    }

    /// The result of a scenario that produced none of its own (crashed, timed out, not started):
    /// the members of `corridor solve`'s result for an invalid scenario, with `solve_seconds`
    /// `null` (nothing was measured) and `message` as the one error.
    static func failure(for entry: BatchEntry, message: String) -> JSONValue {
        ScenarioResult.failed(
            file: entry.file.path, scenario: entry.header.name, kind: entry.header.kind ?? "",
            errors: [message]
        ).json.setting("solve_seconds", to: .null)
    }
}

extension JSONValue {
    /// This object with member `key` set to `value`: replaced where it is, else appended.
    func setting(_ key: String, to value: JSONValue) -> JSONValue {
        guard var members = objectValue else { return self }
        if let index = members.firstIndex(where: { $0.0 == key }) {
            members[index].1 = value
        } else {
            members.append((key, value))
        }
        return .object(members)
    }
}
