// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import CorridorSupport
import Foundation

extension ScenarioResult {
    /// The result JSON of scenarios.md, members in the spec's order; `message` and `errors`
    /// only when there are some. Unknown numbers are `null`, so every solved result has the same
    /// members.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("scenario", .string(scenario)),
            ("kind", .string(kind)),
            ("status", .string(status.rawValue)),
            ("objective", .number(objective)),
            ("bound", .number(bound)),
            ("gap", .number(gap)),
            ("unserved", unserved.map(ScenarioResult.count) ?? .null),
            // Microseconds are all a wall-clock time can tell.
            ("solve_seconds", .number((solveSeconds * 1e6).rounded() / 1e6)),
            ("model", model?.json ?? .null),
            ("plan", plan),
            ("kpis", kpis),
        ]
        if let message { members.append(("message", .string(message))) }
        if !errors.isEmpty { members.append(("errors", .array(errors.map(JSONValue.string)))) }
        members.append(("file", .string(file)))
        return .object(members)
    }

    /// A whole count as an integer, a fraction (TEU) as a number.
    private static func count(_ value: Double) -> JSONValue {
        value == value.rounded() && abs(value) < 1e15 ? .integer(Int(value)) : .number(value)
    }

    /// The JSON text, pretty-printed, with a final newline.
    public func jsonText() -> String { json.text() + "\n" }

    /// Writes the JSON to `path` atomically (a killed run leaves the old file or the new one).
    public func writeJSON(to path: String) throws {
        try AtomicFile.write(jsonText(), to: path)
    }

    /// Writes each plan table as `folder/<table>.csv`, creating the folder; returns the paths.
    @discardableResult
    public func writeCSV(to folder: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try tables.map { table in
            let path = (folder as NSString).appendingPathComponent("\(table.name).csv")
            try AtomicFile.write(table.csvText(), to: path)
            return path
        }
    }
}
