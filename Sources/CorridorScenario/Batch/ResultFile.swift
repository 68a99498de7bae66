// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation

/// Reading and writing result JSON files (the schema of scenarios.md, "The result").
///
/// A result is handled as a JSON object rather than a decoded type: the batch adds its own fields
/// (`file`, `batch`) and otherwise passes on whatever the worker's `solve` wrote, so a model that
/// adds fields to its results needs no change here.
enum ResultFile {
    /// The statuses a result may have; any other counts as a failure.
    static let statuses: Set<String> = ["optimal", "feasible", "no-solution", "error"]

    /// The JSON object in `path`, or `nil` when the file is missing or not a JSON object.
    static func read(_ path: String) -> [String: Any]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// Whether `result` is a complete result for `file`: a JSON object with a known `status`
    /// whose file is `file`. A half-written file does not parse, and temporary files have other
    /// names, so neither ever counts.
    static func isComplete(_ result: [String: Any]?, for file: ScenarioFile) -> Bool {
        guard let result, let status = result["status"] as? String, statuses.contains(status)
        else { return false }
        // The absolute path recorded by the batch, else `file` resolved against this folder.
        let recorded =
            (result["batch"] as? [String: Any])?["path"] as? String
            ?? (result["file"] as? String).map(ScenarioFile.absolute)
        return recorded == file.absolutePath
    }

    /// Writes `result` to `path` atomically, keys sorted so that equal results are equal files.
    static func write(_ result: [String: Any], to path: String) throws {
        let data = try JSONSerialization.data(
            withJSONObject: result, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        try AtomicFile.write(data + Data("\n".utf8), to: path)
    }

    /// The result of a scenario that produced none of its own (invalid, crashed, timed out).
    static func failure(for entry: BatchEntry, message: String) -> [String: Any] {
        [
            "scenario": entry.header.name,
            "kind": entry.header.kind ?? NSNull(),
            "status": "error",
            "objective": NSNull(),
            "bound": NSNull(),
            "gap": NSNull(),
            "unserved": NSNull(),
            "solve_seconds": NSNull(),
            "message": message,
            "file": entry.file.path,
        ]
    }
}
