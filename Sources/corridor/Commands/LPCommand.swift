// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorLP

/// `corridor lp`: ready-made LP and MIP models in CPLEX LP, MPS or GLPK format.
struct LPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lp",
        abstract: "Solve or convert LP, MPS and GLPK-format model files.",
        subcommands: [Solve.self, Convert.self]
    )

    struct Solve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Solve a model file and print status, objective, bound, gap and time.")

        @Argument(help: "The model file (.lp, .mps, .glpk).")
        var file: String

        @Option(name: .long, help: "File format (default: by extension; .mps is read as free, then fixed MPS).")
        var format: ModelFileFormat?

        @OptionGroup var solver: SolverOptions
        @OptionGroup var output: ReportOptions

        func run() throws {
            let model = try Model.read(contentsOf: file, format: format)
            let solution = try GLPKSolver().solve(model, options: solver.solveOptions)
            output.show(ResultSummary(model: model, solution: solution))
            try output.write(SolutionJSON.value(model: model, solution: solution))
        }
    }

    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a model file to another format (by the output's extension).")

        @Argument(help: "The model file to read (.lp, .mps, .glpk, or .mod for MathProg).")
        var input: String

        @Argument(help: "The file to write (.lp, .mps, .glpk).")
        var output: String

        @Option(name: [.customShort("d"), .long], help: "MathProg data file (with a .mod input).")
        var data: [String] = []

        func run() throws {
            let model =
                input.lowercased().hasSuffix(".mod")
                ? try MathProg.translate(model: input, data: data)
                : try Model.read(contentsOf: input)
            try model.write(to: output)
            print("wrote \(output): \(model.rowCount) rows, \(model.columnCount) columns, "
                + "\(model.nonzeroCount) nonzeros")
        }
    }
}

