// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Testing

@Suite("Solve options")
struct OptionsTests {
    @Test func neutralSettingsAndGLPKSettingsAreApart() {
        let options = SolveOptions(method: .dualSimplex, timeLimit: .seconds(3), relativeGap: 0.01)
        #expect(options.method == .dualSimplex)
        #expect(options.timeLimitSeconds == 3)
        #expect(options.relativeGap == 0.01)
        #expect(!options.presolve)
        #expect(options.startingSolution == nil)
        // GLPK's settings keep their defaults when a caller names only neutral ones.
        #expect(
            options.glpk
                == GLPKOptions(
                    cuts: .all, feasibilityPump: true, proximitySearch: false,
                    branching: .hybridPseudocost))
    }

    @available(*, deprecated)
    @Test func theOldInitializerFillsGLPKOptions() {
        let options = SolveOptions(
            presolve: true, cuts: [.gomory], feasibilityPump: false, proximitySearch: true,
            branching: .driebeckTomlin, verbose: true)
        #expect(options.presolve && options.verbose)
        #expect(options.glpk.cuts == [.gomory])
        #expect(!options.glpk.feasibilityPump)
        #expect(options.glpk.proximitySearch)
        #expect(options.glpk.branching == .driebeckTomlin)
    }

    /// GLPK's settings reach branch-and-cut: with every cut and heuristic off and first-fractional
    /// branching, a knapsack still solves to the same optimum.
    @Test func glpkSettingsReachBranchAndCut() throws {
        var model = Model(name: "knapsack")
        let items = try (0..<6).map { try model.addVariable("take\($0)", kind: .binary) }
        let weights: [Double] = [12, 7, 11, 8, 9, 6]
        let values: [Double] = [24, 13, 23, 15, 16, 11]
        try model.addConstraint(
            sum(over: items.indices) { weights[$0] * items[$0] } <= 26, name: "capacity")
        try model.maximize(sum(over: items.indices) { values[$0] * items[$0] })
        for glpk in [
            GLPKOptions(),
            GLPKOptions(cuts: [], feasibilityPump: false, proximitySearch: true, branching: .firstFractional),
        ] {
            let solution = try GLPKSolver().solve(model, options: SolveOptions(glpk: glpk))
            #expect(solution.status == .optimal)
            #expect(abs((solution.objective ?? 0) - 51) < 1e-9)
        }
    }
}
