// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation
import Testing

/// Every way a model reaches GLPK. The contract suite runs each case through each path, so a
/// path that mistranslates a bound, a kind or a sign fails where the others pass.
enum SolvePath: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case dualSimplex
    case primalSimplex
    case interiorPoint
    case presolved
    case cplexLPFile
    case freeMPSFile
    case glpkFile

    var testDescription: String { rawValue }

    /// The GLPK solver whose values this path reports for an optimal model.
    func expectedAlgorithm(mixedInteger: Bool) -> Solution.Algorithm {
        if mixedInteger { return .branchAndCut }
        return self == .interiorPoint ? .interiorPoint : .simplex
    }

    /// Solves `model` along this path; returns the model GLPK saw (re-read from a file for the
    /// file paths, whose readers may order columns differently) with its solution.
    func solve(
        _ model: Model, options: SolveOptions = SolveOptions()
    ) throws -> (model: Model, solution: Solution) {
        var options = options
        switch self {
        case .dualSimplex: options.method = .dualSimplex
        case .primalSimplex: options.method = .primalSimplex
        case .interiorPoint: options.method = .interiorPoint
        case .presolved: options.presolve = true
        case .cplexLPFile: return try roundTrip(model, .cplexLP, "lp", options)
        case .freeMPSFile: return try roundTrip(model, .freeMPS, "mps", options)
        case .glpkFile: return try roundTrip(model, .glpk, "glpk", options)
        }
        return (model, try GLPKSolver().solve(model, options: options))
    }

    /// Writes the model, reads it back and solves what was read.
    private func roundTrip(
        _ model: Model, _ format: ModelFileFormat, _ suffix: String, _ options: SolveOptions
    ) throws -> (model: Model, solution: Solution) {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("contract-\(UUID().uuidString).\(suffix)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.write(to: path, format: format)
        let read = try Model.read(contentsOf: path)
        return (read, try GLPKSolver().solve(read, options: options))
    }
}
