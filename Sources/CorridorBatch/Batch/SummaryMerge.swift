// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
public import CorridorScenario

/// `corridor summarize`: one summary from the result folders of several shards.
///
/// It reads the result files rather than the shards' `summary.json`, so a shard that was killed
/// before writing its summary still contributes every scenario it finished.
public struct SummaryMerge: Sendable {
    /// A scenario file with results in more than one place (e.g. two shards given overlapping
    /// slices): the first is kept, by the order of the folders given, then by file name.
    public struct Duplicate: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var kept: String
        public var ignored: String

        public var description: String {
            "\(file): results in both \(kept) and \(ignored) — keeping \(kept)"
        }
    }

    /// The merged table, rows sorted by file.
    public var summary: Summary
    public var duplicates: [Duplicate]

    /// Merges the results found in `folders`.
    ///
    /// - Throws: ``BatchError`` when a folder does not exist.
    public init(folders: [String]) throws(BatchError) {
        var rows: [String: (row: SummaryRow, path: String)] = [:]
        var duplicates: [Duplicate] = []
        for folder in folders {
            for path in try Self.resultFiles(in: folder) {
                guard let result = ResultFile.read(path), let row = SummaryRow(result: result)
                else { continue }
                let key = result["batch"]?["path"]?.stringValue ?? ScenarioFile.absolute(row.file)
                if let first = rows[key] {
                    duplicates.append(Duplicate(file: row.file, kept: first.path, ignored: path))
                } else {
                    rows[key] = (row, path)
                }
            }
        }
        self.summary = Summary(
            rows: rows.values.map(\.row).sorted(by: precedes))
        self.duplicates = duplicates
    }

    /// The non-hidden `*.json` files of `folder` other than `summary.json`, sorted by name.
    private static func resultFiles(in folder: String) throws(BatchError) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
            isFolder.boolValue
        else { throw BatchError("\(folder): no such folder — give the --out folders of the shards") }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && $0 != "summary.json" }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { "\(folder)/\($0)" }
    }
}

/// Byte order of `file`, then of `scenario`: the order of every summary, independent of locale.
func precedes(_ lhs: SummaryRow, _ rhs: SummaryRow) -> Bool {
    if lhs.file != rhs.file { return lhs.file.utf8.lexicographicallyPrecedes(rhs.file.utf8) }
    return lhs.scenario.utf8.lexicographicallyPrecedes(rhs.scenario.utf8)
}
