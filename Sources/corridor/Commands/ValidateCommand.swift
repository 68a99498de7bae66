// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorKit
import CorridorSupport

/// `corridor validate FILE...`: checks scenario files without solving them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files and print every problem found, without solving.",
        discussion: """
            Prints `ok FILE` for each valid file and every problem of the others on standard \
            error, as FILE:LINE: field: what is wrong — what to do.

            Exit status: 0 when all are valid, 1 when any is not, 2 for bad arguments.
            """)

    @Argument(help: "Scenario files (.yaml, .yml or .json).")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one scenario file") }
    }

    func run() throws {
        var invalid = 0
        for file in files {
            do {
                let scenario = try ScenarioLoader.load(file, registry: .corridor)
                print("ok \(file) (\(scenario.core.kind) \"\(scenario.core.name)\")")
            } catch {
                invalid += 1
                for diagnostic in error.diagnostics { StandardErrorText.line(diagnostic.description) }
            }
        }
        if invalid > 0 {
            StandardErrorText.line("\(invalid) of \(files.count) file\(files.count == 1 ? "" : "s") invalid")
            throw ExitCode.failure
        }
    }
}
