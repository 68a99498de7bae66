// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// A MathProg (GMPL) model solved through GLPK's translator, as `glpsol --math` does.
public struct MathProgResult: Sendable {
    /// The generated model, with MathProg's names (`x[Seattle,Chicago]`).
    public var model: Model
    public var solution: Solution
    /// What the model's `display` and `printf` statements wrote, during translation and after
    /// the solve (postsolve).
    public var output: String
}

public enum MathProg {
    /// Translates `model` with its `data` files, solves it and runs its post-solve statements.
    ///
    /// Names longer than 255 bytes are cut by GLPK; where cut names repeat, later ones end in
    /// `~N` (N the column or row number), so every name in ``MathProgResult/model`` is unique.
    ///
    /// - Throws: ``SolverError/mathProg(path:message:)`` with GLPK's file, line and message when a
    ///   file does not translate; ``SolverError/unreadableFile(path:reason:)`` for a missing file.
    public static func solve(
        model path: String, data: [String] = [], options: SolveOptions = SolveOptions()
    ) throws(SolverError) -> MathProgResult {
        let deadline = Deadline(options.timeLimit)
        let started = deadline.clock.now
        var result = try translating(model: path, data: data) {
            translator, problem, terminal throws(SolverError) in
            var model = Model(problem)
            model.makeNamesUnique()
            try options.check(for: model)
            let solution = try problem.solve(
                options, start: options.startingSolution, deadline: deadline, terminal: terminal)
            if let algorithm = solution.algorithm {
                try translator.postsolve(
                    problem, algorithm: algorithm, terminal: terminal, path: path)
            }
            return MathProgResult(model: model, solution: solution, output: "")
        }
        result.value.solution.seconds = (deadline.clock.now - started).seconds
        result.value.output = result.output
        return result.value
    }

    /// Translates `model` with its `data` files into a ``Model`` without solving it (to write it
    /// as LP or MPS, or to solve it with other options).
    public static func translate(
        model path: String, data: [String] = []
    ) throws(SolverError) -> Model {
        try translating(model: path, data: data) { _, problem, _ in
            var model = Model(problem)
            model.makeNamesUnique()
            return model
        }.value
    }

    /// Runs GLPK's translator up to a built problem, hands it to `body`, and collects what the
    /// model's `display` and `printf` statements wrote (GLPK writes them to a file we name).
    private static func translating<T>(
        model path: String, data: [String],
        _ body: (borrowing MathProgTranslator, borrowing GLPKProblem, GLPKTerminal) throws(SolverError) -> T
    ) throws(SolverError) -> (value: T, output: String) {
        for file in [path] + data where !FileManager.default.isReadableFile(atPath: file) {
            throw .unreadableFile(path: file, reason: "no such file — check the path")
        }
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("corridor-mathprog-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let value = try GLPKTerminal.capturing { terminal throws(SolverError) in
            let translator = MathProgTranslator()
            try translator.readModel(path, skipData: !data.isEmpty, terminal: terminal)
            for file in data { try translator.readData(file, terminal: terminal) }
            try translator.generate(output: outputPath, terminal: terminal, path: path)
            let problem = GLPKProblem()
            try translator.build(problem, terminal: terminal, path: path)
            return try body(translator, problem, terminal)
        }
        return (value, (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "")
    }
}
