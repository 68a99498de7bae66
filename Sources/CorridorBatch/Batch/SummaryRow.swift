// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorSupport
import Foundation
public import CorridorScenario

/// One scenario's line in `summary.csv` / `summary.json`.
public struct SummaryRow: Sendable, Equatable, Codable {
    public var file: String
    public var scenario: String
    public var kind: String?
    public var status: ResultStatus
    public var objective: Double?
    public var bound: Double?
    public var gap: Double?
    public var unserved: Double?
    public var solveSeconds: Double?
    /// The solver's note, or for a failed scenario why it failed (on one line; the result file
    /// holds the whole text).
    public var message: String?

    /// The columns, in order, as named in the CSV header and the JSON rows.
    public static let columns = [
        "file", "scenario", "kind", "status", "objective", "bound", "gap", "unserved",
        "solve_seconds", "message",
    ]

    enum CodingKeys: String, CodingKey {
        case file, scenario, kind, status, objective, bound, gap, unserved, message
        case solveSeconds = "solve_seconds"
    }

    public init(
        file: String, scenario: String, kind: String? = nil, status: ResultStatus,
        objective: Double? = nil, bound: Double? = nil, gap: Double? = nil,
        unserved: Double? = nil, solveSeconds: Double? = nil, message: String? = nil
    ) {
        self.file = file
        self.scenario = scenario
        self.kind = kind
        self.status = status
        self.objective = objective
        self.bound = bound
        self.gap = gap
        self.unserved = unserved
        self.solveSeconds = solveSeconds
        self.message = message
    }

    /// The row of a result JSON object; `nil` when it is not a result (no `scenario`, or no
    /// `status` a result may have).
    init?(result: JSONValue) {
        guard let scenario = result["scenario"]?.stringValue,
            let status = result["status"]?.stringValue.flatMap(ResultStatus.init(rawValue:))
        else { return nil }
        self.init(
            file: result["file"]?.stringValue ?? "", scenario: scenario,
            kind: result["kind"]?.stringValue, status: status,
            objective: result["objective"]?.doubleValue, bound: result["bound"]?.doubleValue,
            gap: result["gap"]?.doubleValue, unserved: result["unserved"]?.doubleValue,
            solveSeconds: result["solve_seconds"]?.doubleValue,
            message: result["message"]?.stringValue.map(Self.oneLine))
    }

    /// Whether the scenario failed: its result has status `error`.
    public var failed: Bool { status == .error }

    /// Writes every column, absent values as `null`, so every row of `summary.json` has the same
    /// keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(scenario, forKey: .scenario)
        try container.encode(kind, forKey: .kind)
        try container.encode(status, forKey: .status)
        try container.encode(objective, forKey: .objective)
        try container.encode(bound, forKey: .bound)
        try container.encode(gap, forKey: .gap)
        try container.encode(unserved, forKey: .unserved)
        try container.encode(solveSeconds, forKey: .solveSeconds)
        try container.encode(message, forKey: .message)
    }

    /// The CSV cells of this row, in ``columns`` order.
    var cells: [String] {
        [
            file, scenario, kind ?? "", status.rawValue, Self.cell(objective), Self.cell(bound),
            Self.cell(gap), Self.cell(unserved), Self.cell(solveSeconds), message ?? "",
        ]
    }

    /// A number as the plan CSVs write it (``NumberText``); absent as an empty cell.
    private static func cell(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return NumberText.format(value)
    }

    /// `text` on one line (line breaks become ` / `), at most 300 characters.
    private static func oneLine(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let joined = lines.joined(separator: " / ")
        return joined.count > 300 ? joined.prefix(299) + "…" : joined
    }
}
