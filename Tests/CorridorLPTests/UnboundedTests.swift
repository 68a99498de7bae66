// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation
import Testing

/// The dual simplex (the default) proves an unbounded LP has no dual feasible solution but leaves
/// its primal status undefined; the solver must still name the outcome, for LP and MIP.
@Suite("Unbounded models")
struct UnboundedTests {
    /// min −x subject to x − y ≤ 1, y − z ≤ 2, all ≥ 0: x grows without end (glpsol --dual says
    /// "LP HAS NO DUAL FEASIBLE SOLUTION", glpsol --primal "LP HAS UNBOUNDED PRIMAL SOLUTION").
    static func chain(integer: Bool) throws -> Model {
        var model = Model(name: "chain")
        let x = try model.addVariable("x", kind: integer ? .integer : .continuous)
        let y = try model.addVariable("y")
        let z = try model.addVariable("z")
        try model.addConstraint(x - y <= 1, name: "c1")
        try model.addConstraint(y - z <= 2, name: "c2")
        try model.minimize(-1 * x)
        return model
    }

    @Test(arguments: SolveOptions.Method.allCases)
    func unboundedLPIsNamedWithEveryMethod(method: SolveOptions.Method) throws {
        let solution = try GLPKSolver().solve(
            try Self.chain(integer: false), options: SolveOptions(method: method))
        #expect(solution.status == .unbounded, "\(method): \(solution.message)")
    }

    @Test func unboundedMIPIsNotATimeLimit() throws {
        let solution = try GLPKSolver().solve(try Self.chain(integer: true))
        #expect(solution.status == .infeasibleOrUnbounded)
        #expect(!solution.message.contains("time limit"), "\(solution.message)")
    }

    /// GLPK's own example (an oil refinery model that is unbounded as GLPK reads it).
    @Test func murtaghIsUnbounded() throws {
        let path = "/usr/share/doc/glpk-utils/examples/murtagh.mps"
        try #require(
            FileManager.default.fileExists(atPath: path),
            "install glpk-utils for GLPK's examples")
        let model = try Model.read(contentsOf: path)
        #expect(try GLPKSolver().solve(model).status == .unbounded)
    }
}
