// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import SwiftCSV

/// A CSV table file turned into a list of located rows (``SourceNode`` mappings).
///
/// The header row holds the field names. `a.b` columns become a map `a: {b: …}` (split at the
/// first dot only, since map keys are ids that may themselves contain dots); an empty cell is an
/// absent field; a cell is typed as a number, a boolean or text by ``Scalar/csvCell(_:level:)``
/// and keeps its CSV level, so that a reader asking for a list splits it on `;` and `/`.
enum CSVTable {
    static func read(
        path: String, tablePath: FieldPath, problems: inout [ScenarioDiagnostic],
        missing: (String) -> ScenarioDiagnostic
    ) -> [SourceNode]? {
        guard FileManager.default.fileExists(atPath: path) else {
            problems.append(missing("no such file"))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.append(missing("not readable"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append(missing("not UTF-8 text — save it as UTF-8"))
            return nil
        }
        return parse(text, file: path, tablePath: tablePath, problems: &problems)
    }

    static func parse(
        _ text: String, file: String, tablePath: FieldPath, problems: inout [ScenarioDiagnostic]
    ) -> [SourceNode]? {
        // Rows as SwiftCSV reads them, with the line each starts on: a row takes one line plus
        // the line breaks quoted inside its cells.
        var rows: [(line: Int, cells: [String])] = []
        do {
            // The delimiter is fixed: guessing could pick `;`, which separates list items here.
            let csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false)
            var line = 1
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { cells in
                rows.append((line, cells))
                line += 1 + cells.reduce(0) { $0 + $1.filter(\.isNewline).count }
            }
        } catch {
            problems.append(
                ScenarioDiagnostic(
                    at: SourceLocation(file: file, line: rows.last.map { $0.line + 1 } ?? 1), path: "",
                    problem: "not valid CSV: \(error)", hint: "check the quotes: a quoted cell is \"…\", a quote inside it \"\""))
            return nil
        }
        guard let header = rows.first else {
            problems.append(
                ScenarioDiagnostic(
                    at: SourceLocation(file: file, line: 1), path: "",
                    problem: "the CSV file is empty", hint: "write a header row with the field names, then one row per item"))
            return nil
        }
        guard let columns = self.columns(header.cells, file: file, problems: &problems) else { return nil }

        var nodes: [SourceNode] = []
        for (line, cells) in rows.dropFirst() {
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }  // blank line
            let location = SourceLocation(file: file, line: line)
            if cells.count > columns.count {
                problems.append(
                    ScenarioDiagnostic(
                        at: location, path: tablePath.appending(index: nodes.count).description,
                        problem: "the row has \(cells.count) cells but the header has \(columns.count) columns",
                        hint: "remove the extra cells or quote a cell that contains a comma"))
            }
            var entries: [SourceNode.Entry] = []
            for (column, raw) in zip(columns, cells) {
                let text = raw.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { continue }
                let value = SourceNode(.scalar(Scalar.csvCell(text, level: 0)), at: location)
                if let sub = column.sub {
                    if let index = entries.firstIndex(where: { $0.key == column.field }),
                        case .mapping(var inner) = entries[index].value.value
                    {
                        inner.append(SourceNode.Entry(key: sub, keyLocation: location, value: value))
                        entries[index].value.value = .mapping(inner)
                    } else {
                        let inner = [SourceNode.Entry(key: sub, keyLocation: location, value: value)]
                        entries.append(
                            SourceNode.Entry(
                                key: column.field, keyLocation: location,
                                value: SourceNode(.mapping(inner), at: location)))
                    }
                } else {
                    entries.append(SourceNode.Entry(key: column.field, keyLocation: location, value: value))
                }
            }
            nodes.append(SourceNode(.mapping(entries), at: location))
        }
        return nodes
    }

    /// The header's columns, split into field and map key; reports empty, repeated and clashing
    /// names (`fixed` and `fixed.berth` both).
    private static func columns(
        _ header: [String], file: String, problems: inout [ScenarioDiagnostic]
    ) -> [(field: String, sub: String?)]? {
        let location = SourceLocation(file: file, line: 1)
        var result: [(field: String, sub: String?)] = []
        var ok = true
        for (index, raw) in header.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            let column = "column \(index + 1)"
            if name.isEmpty {
                problems.append(ScenarioDiagnostic(at: location, path: column, problem: "the header cell is empty", hint: "name every column"))
                ok = false
                continue
            }
            let parts = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let field = parts[0]
            let sub = parts.count > 1 ? parts[1] : nil
            if field.isEmpty || sub?.isEmpty == true {
                problems.append(ScenarioDiagnostic(at: location, path: name, problem: "not a field name", hint: "write `field` or `field.key`"))
                ok = false
                continue
            }
            if result.contains(where: { $0.field == field && $0.sub == sub }) {
                problems.append(ScenarioDiagnostic(at: location, path: name, problem: "the column appears twice", hint: "keep one of them"))
                ok = false
                continue
            }
            if result.contains(where: { $0.field == field && ($0.sub == nil) != (sub == nil) }) {
                problems.append(
                    ScenarioDiagnostic(
                        at: location, path: name, problem: "`\(field)` is both a plain column and a dotted one",
                        hint: "use either `\(field)` or `\(field).KEY` columns"))
                ok = false
                continue
            }
            result.append((field, sub))
        }
        return ok ? result : nil
    }
}
