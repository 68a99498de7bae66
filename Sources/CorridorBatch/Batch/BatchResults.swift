// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario
import CorridorSupport

/// The results of a batch's scenarios in its output folder.
public enum BatchResults {
    /// The entries that have no complete result in `folder` (see `ResultFile`): what
    /// `--resume` solves. With `retryFailed`, failed results count as missing too.
    ///
    /// A result file that is no result (truncated, empty, garbled, wrong types) is not complete:
    /// its scenario is solved again, and `report` (standard error by default) says which file
    /// and what was wrong, since its replacement drops what was in it.
    public static func pending(
        _ entries: [BatchEntry], in folder: String, retryFailed: Bool = false,
        report: ((String) -> Void)? = nil
    ) -> [BatchEntry] {
        let report = report ?? { StandardErrorText.line($0) }
        return entries.filter { entry in
            let path = entry.resultPath(in: folder)
            let result: JSONValue
            switch ResultFile.load(path) {
            case .missing: return true
            case .unreadable(let problem):
                report("\(path): \(problem) — not a complete result; solving \(entry.file.path) again")
                return true
            case .result(let value): result = value
            }
            guard ResultFile.isComplete(result, for: entry.file) else { return true }
            return retryFailed && (SummaryRow(result: result)?.failed ?? true)
        }
    }

    /// The summary of `entries` from their result files in `folder`, in the order of `entries`;
    /// an entry without a complete result gets an `error` row that says so.
    public static func summary(of entries: [BatchEntry], in folder: String) -> Summary {
        Summary(
            rows: entries.map { entry in
                let result = ResultFile.read(entry.resultPath(in: folder))
                if ResultFile.isComplete(result, for: entry.file), let result,
                    let row = SummaryRow(result: result)
                {
                    return row
                }
                return SummaryRow(
                    file: entry.file.path, scenario: entry.header.name, kind: entry.header.kind,
                    status: .error, message: "no result was written — run the batch again with --resume")
            })
    }
}
