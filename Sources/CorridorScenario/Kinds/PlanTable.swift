// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorSupport

/// One table of a plan, for `--csv DIR` (written as `DIR/<name>.csv`).
public struct PlanTable: Sendable, Hashable {
    public var name: String
    public var columns: [String]
    public var rows: [[JSONValue]]

    public init(name: String, columns: [String], rows: [[JSONValue]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// The tables a plan holds: one per member that is a list of objects (columns: the union
    /// of their keys, in first-seen order). Kinds whose plans follow the spec's shape
    /// (`plan.assignments: [{…}]`) get their CSV tables from this without more code.
    public static func derived(from plan: JSONValue) -> [PlanTable] {
        guard let members = plan.objectValue else { return [] }
        return members.compactMap { name, value in
            guard let items = value.arrayValue else { return nil }
            let objects = items.compactMap(\.objectValue)
            guard objects.count == items.count else { return nil }
            var columns: [String] = []
            for object in objects {
                for (key, _) in object where !columns.contains(key) { columns.append(key) }
            }
            let rows = objects.map { object in
                columns.map { column in object.first { $0.0 == column }?.1 ?? .null }
            }
            return PlanTable(name: name, columns: columns, rows: rows)
        }
    }

    /// CSV text: a header row, then one row per item; text with `,` `"` or a line break quoted;
    /// numbers as `NumberText` writes them (`50`, `0.1`); `null` (and a non-finite number) as an
    /// empty cell; nested values as compact JSON.
    public func csvText() -> String {
        var lines = [CSVText.line(columns)]
        for row in rows {
            lines.append(row.map(PlanTable.cell).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func cell(_ value: JSONValue) -> String {
        switch value {
        case .null: ""
        case .string(let text): CSVText.field(text)
        case .number(let number): number.isFinite ? NumberText.format(number) : ""
        case .bool, .integer: value.text(pretty: false)
        case .array, .object: CSVText.field(value.text(pretty: false))
        }
    }
}
