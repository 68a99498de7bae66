// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorKit
import CorridorSupport

/// `corridor mathprog-data FILE`: a scenario as data for its kind's MathProg twin.
struct MathProgDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mathprog-data",
        abstract: "Write a scenario as MathProg data for its model in Models/ (e.g. Models/berth.mod).",
        discussion: """
            Each planning model has a twin written in GNU MathProg, Models/<kind>.mod, that glpsol \
            solves as well. This writes the scenario's data for it, so the twin always reads \
            exactly what corridor solves:

              corridor mathprog-data Models/scenarios/aktau-week.yaml --out week.dat
              glpsol --math Models/berth.mod -d week.dat

            Exit status: 0 done, 1 an invalid scenario or a kind without a twin, 2 bad arguments.
            """)

    @Argument(help: "The scenario file (.yaml, .yml or .json).")
    var file: String

    @Option(name: .long, help: "Write the data to this file (default: standard output).")
    var out: String?

    func run() throws {
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(file, registry: .corridor)
        } catch {
            for diagnostic in error.diagnostics { StandardErrorText.line(diagnostic.description) }
            throw ExitCode.failure
        }
        guard let data = scenario.mathProgData else {
            throw CLIError("the \(scenario.core.kind) kind has no MathProg twin — solve it with `corridor solve`")
        }
        guard let out else {
            print(data, terminator: data.hasSuffix("\n") ? "" : "\n")
            return
        }
        do {
            try AtomicFile.write(data, to: out)
        } catch {
            throw CLIError("cannot write \(out) — check that its folder exists and is writable")
        }
        StandardErrorText.line("wrote \(out)")
    }
}
