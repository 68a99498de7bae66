// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorKit
import CorridorSupport
import Foundation

/// Where a solve's report goes, for `lp solve`, `mathprog` and `solve` alike: the terminal summary
/// on standard output (on standard error when the JSON goes to standard output), and the JSON to
/// a file, atomically, or to standard output.
struct ReportOptions: ParsableArguments {
    @Option(name: .long, help: "Write the result as JSON to this file ('-' for standard output).")
    var json: String?

    /// Whether standard output is taken by the JSON.
    var jsonToStandardOutput: Bool { json == "-" }

    /// Prints `summary` where it belongs.
    func show(_ summary: ResultSummary) { show(summary.text) }

    /// Prints a summary's `text` where it belongs.
    func show(_ text: String) {
        if jsonToStandardOutput {
            StandardErrorText.line(text)
        } else {
            print(text)
        }
    }

    /// Writes `value` where `--json` says; nothing without `--json`.
    func write(_ value: JSONValue) throws {
        guard let json else { return }
        let text = value.text() + "\n"
        if jsonToStandardOutput {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try AtomicFile.write(text, to: json)
        } catch {
            throw CLIError("cannot write \(json): \(error.localizedDescription)"
                + " — check that its folder exists and is writable")
        }
    }
}

/// A failure to report on standard error with exit status 1, apart from how it is printed.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
