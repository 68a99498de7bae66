// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorBatch
import CorridorKit
import CorridorSupport
import Foundation

/// `corridor summarize`: one summary from the `--out` folders of several batch shards.
struct SummarizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Merge the results of several batch output folders (shards) into one summary.",
        discussion: """
            Reads every result JSON in the folders (not their summaries, so a shard killed before \
            its summary still counts), sorts the rows by file and writes summary.csv and \
            summary.json into --out, or prints the CSV when --out is not given. A scenario with \
            results in two folders is reported and counted once.

            A result file that is no result (empty, truncated, not JSON, a member of the wrong \
            type) is named on standard error with what is wrong and not counted.

            Exit status: 0 when every scenario succeeded, none was duplicated and every result \
            file could be read, 1 otherwise, 2 for bad arguments.
            """)

    @Argument(help: "The --out folders of the batch shards.")
    var folders: [String] = []

    @Option(name: .long, help: "Folder for summary.csv and summary.json (created when missing).")
    var out: String?

    func run() async throws {
        guard !folders.isEmpty else {
            throw BadArguments("no folders given — give the --out folders of the batch shards")
        }
        let merged = try SummaryMerge(folders: folders)
        for duplicate in merged.duplicates {
            StandardErrorText.line("duplicate: \(duplicate)")
        }
        for file in merged.unreadable {
            StandardErrorText.line("unreadable: \(file)")
        }
        let summary = merged.summary
        if let out {
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
                try summary.write(to: out)
            } catch {
                throw CLIError("cannot write the summary into \(out): \(error.localizedDescription)")
            }
            print(
                "summarize: \(summary.rows.count) scenarios from \(folders.count) folders, "
                    + "\(summary.failedCount) failed, \(merged.duplicates.count) duplicates, "
                    + "\(merged.unreadable.count) unreadable"
                    + " — summary.csv and summary.json in \(out)")
        } else {
            print(summary.csv, terminator: "")
        }
        if summary.failedCount > 0 || !merged.duplicates.isEmpty || !merged.unreadable.isEmpty {
            throw ExitCode.failure
        }
    }
}
