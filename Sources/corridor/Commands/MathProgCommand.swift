// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorLP

/// `corridor mathprog`: a GNU MathProg model solved as `glpsol --math` would.
struct MathProgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mathprog",
        abstract: "Solve a MathProg model with its data files; its display/printf output is shown.")

    @Argument(help: "The model file (.mod).")
    var model: String

    @Option(name: [.customShort("d"), .long], help: "A data file (repeatable).")
    var data: [String] = []

    @OptionGroup var solver: SolverOptions
    @OptionGroup var output: ReportOptions

    func run() throws {
        let result = try MathProg.solve(model: model, data: data, options: solver.solveOptions)
        if !result.output.isEmpty, !output.jsonToStandardOutput {
            print(result.output, terminator: result.output.hasSuffix("\n") ? "" : "\n")
        }
        output.show(ResultSummary(model: result.model, solution: result.solution))
        try output.write(SolutionJSON.value(model: result.model, solution: result.solution))
    }
}
