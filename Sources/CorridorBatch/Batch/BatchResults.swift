// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario

/// The results of a batch's scenarios in its output folder.
public enum BatchResults {
    /// The entries that have no complete result in `folder` (see ``ResultFile``): what
    /// `--resume` solves. With `retryFailed`, failed results count as missing too.
    public static func pending(
        _ entries: [BatchEntry], in folder: String, retryFailed: Bool = false
    ) -> [BatchEntry] {
        entries.filter { entry in
            let result = ResultFile.read(entry.resultPath(in: folder))
            guard ResultFile.isComplete(result, for: entry.file) else { return true }
            return retryFailed && (result.flatMap(SummaryRow.init(result:))?.failed ?? true)
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
