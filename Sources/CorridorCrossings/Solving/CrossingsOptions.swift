// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

/// How to solve a ``CrossingsProblem``.
public struct CrossingsOptions: Sendable {
    public enum Method: String, Sendable, CaseIterable {
        /// The network path when the problem allows it, else the MIP.
        case automatic = "auto"
        /// The min-cost network flow; an error when a checkpoint plans lanes or has lane minutes
        /// that differ by cargo class.
        case network
        /// Branch-and-cut on the mixed-integer model, whatever the structure.
        case mip
    }

    public var method: Method
    /// Wall clock for the whole solve; the best plan found so far is kept.
    public var timeLimit: Duration?
    /// Relative gap at which branch-and-cut may stop.
    public var relativeGap: Double
    /// On the MIP path, first solve the LP relaxation and round it to a whole-truck plan that
    /// branch-and-cut starts from (a good incumbent early prunes most of the tree).
    public var roundedStart: Bool
    /// The simplex for the network and the relaxations, always without presolve (many times
    /// slower on these transportation-like LPs). Primal by default: "nobody crosses" is a
    /// feasible start, and on the week-scale scenarios it took a fifth of the dual's time.
    public var lpMethod: SolveOptions.Method
    /// On the MIP path, also build a start by relax-and-fix, a day of slots at a time (see
    /// `relaxAndFixSlots`), and keep the better of the two starts. Off by default: on the
    /// week-scale class scenario a day's step found no whole-truck plan within 5 s.
    public var relaxAndFix: Bool = false
    /// On the MIP path, improve the rounded start one checkpoint at a time (a small MIP per
    /// checkpoint over the trucks the start sends there, then the network routes all trucks
    /// again within its crossings).
    public var polish: Bool = true
    /// Rounds of polishing, while each improves the plan.
    public var polishRounds: Int = 2
    /// Passes of the rounded start: each caps the slots where the relaxation was fractional and
    /// solves it again (see the MIP path in `docs/crossings.md`).
    public var roundingPasses: Int = 4
    /// Slots made whole per relax-and-fix step; `nil` for a day's worth.
    public var relaxAndFixSlots: Int?
    /// Each relax-and-fix step's time limit and relative gap.
    public var relaxAndFixStepSeconds: Double = 5
    public var relaxAndFixGap: Double = 1e-5
    /// How the network path solves its min-cost flow.
    public var networkAlgorithm: NetworkAlgorithm

    public enum NetworkAlgorithm: String, Sendable, CaseIterable {
        /// `glp_mincost_okalg` on the graph (costs scaled to whole numbers), when the solver is
        /// GLPK; else the simplex.
        case outOfKilter = "out-of-kilter"
        /// The network's LP by `lpMethod`, without presolve.
        case simplex
    }

    public init(
        method: Method = .automatic, timeLimit: Duration? = nil, relativeGap: Double = 0,
        roundedStart: Bool = true, lpMethod: SolveOptions.Method = .primalSimplex,
        networkAlgorithm: NetworkAlgorithm = .outOfKilter
    ) {
        self.lpMethod = lpMethod
        self.networkAlgorithm = networkAlgorithm
        self.method = method
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.roundedStart = roundedStart
    }
}

/// Why a solve did not produce a plan.
public enum CrossingsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problem has bad values; nothing was solved.
    case input(CrossingsInputError)
    /// The network path was asked for, but the problem does not have its structure.
    case networkNotApplicable(reason: String)
    /// The solver failed (not an outcome such as a time limit, which is a plan's status).
    case solver(SolverError)

    public var description: String {
        switch self {
        case .input(let error): error.description
        case .networkNotApplicable(let reason):
            "the network path does not apply: \(reason) — use method auto or mip"
        case .solver(let error): error.description
        }
    }
}
