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
    /// The JSON object in `path`, or `nil` when the file is missing or not a JSON object.
    static func read(_ path: String) -> JSONValue? {
        FileManager.default.contents(atPath: path).flatMap(parse)
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
