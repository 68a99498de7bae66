// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorLP
import CorridorSupport
import Foundation

/// Where a solve's report goes: the terminal summary always (unless JSON goes to stdout), and
/// a JSON file when asked.
struct ReportOptions: ParsableArguments {
    @Option(name: .long, help: "Write the result as JSON to this file ('-' for standard output).")
    var json: String?

    func emit(_ report: SolutionReport) throws {
        if json != "-" { print(report.summary) }
        guard let json else { return }
        let data = try report.jsonData()
        if json == "-" {
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
        } else {
            do {
                try AtomicFile.write(data, to: json)
            } catch {
                throw CLIError("cannot write \(json): \(error.localizedDescription)"
                    + " — check that its folder exists and is writable")
            }
        }
    }
}

/// A failure to report on standard error with exit status 1, apart from how it is printed.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
