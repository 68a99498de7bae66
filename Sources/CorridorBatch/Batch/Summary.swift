// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import CorridorSupport
public import Foundation
public import CorridorScenario

/// The table of a batch: one row per scenario, written as `summary.csv` and `summary.json`.
public struct Summary: Sendable, Equatable {
    public var rows: [SummaryRow]

    public init(rows: [SummaryRow]) { self.rows = rows }

    public var failedCount: Int { rows.count { $0.failed } }

    /// How many rows have each status.
    public var statusCounts: [ResultStatus: Int] {
        rows.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }

    /// The CSV text: a header of ``SummaryRow/columns`` and one line per row (RFC 4180 quoting).
    public var csv: String {
        let lines = [SummaryRow.columns] + rows.map(\.cells)
        return lines.map(CSVText.line).joined(separator: "\n") + "\n"
    }

    /// The JSON document: counts, then the rows.
    public func json() throws -> Data {
        struct Document: Encodable {
            let total: Int
            let succeeded: Int
            let failed: Int
            let statuses: [String: Int]
            let rows: [SummaryRow]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(
            total: rows.count, succeeded: rows.count - failedCount, failed: failedCount,
            statuses: Dictionary(uniqueKeysWithValues: statusCounts.map { ($0.key.rawValue, $0.value) }), rows: rows)
        return try encoder.encode(document) + Data("\n".utf8)
    }

    /// Writes `summary.csv` and `summary.json` into `folder`, each atomically.
    public func write(to folder: String) throws {
        try AtomicFile.write(csv, to: "\(folder)/summary.csv")
        try AtomicFile.write(json(), to: "\(folder)/summary.json")
    }

    /// The rows of `summary.json` written by ``write(to:)``; `nil` when it cannot be read.
    public static func read(jsonAt path: String) -> [SummaryRow]? {
        struct Document: Decodable { let rows: [SummaryRow] }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Document.self, from: data).rows
    }
}
