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

            Exit status: 0 when every scenario succeeded and none was duplicated, 1 otherwise, \
            2 for bad arguments.
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
            StandardErrorText.write("duplicate: \(duplicate)\n")
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
                    + "\(summary.failedCount) failed, \(merged.duplicates.count) duplicates"
                    + " — summary.csv and summary.json in \(out)")
        } else {
            print(summary.csv, terminator: "")
        }
        if summary.failedCount > 0 || !merged.duplicates.isEmpty { throw ExitCode.failure }
    }
}
