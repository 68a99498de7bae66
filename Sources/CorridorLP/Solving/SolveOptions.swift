// SPDX-License-Identifier: GPL-3.0-or-later

/// How to solve a model. The defaults are the fastest settings measured on GLPK 5.0 for the
/// models Corridor builds (see `shared/notes/glpk-facts.md`).
public struct SolveOptions: Sendable {
    /// The algorithm for a linear program, or for the LP relaxation of a mixed-integer one.
    public enum Method: String, Sendable, Codable, CaseIterable {
        /// Dual simplex (falling back to primal where the dual fails): the fastest in our
        /// measurements.
        case automatic = "auto"
        case primalSimplex = "primal"
        case dualSimplex = "dual"
        /// GLPK's interior point method; it honours no time limit and gives no basis, so a
        /// mixed-integer model solves its relaxation with the dual simplex instead.
        case interiorPoint = "interior"
    }

    /// Branching rule for branch-and-cut (`glp_iocp.br_tech`).
    public enum Branching: String, Sendable, Codable, CaseIterable {
        case firstFractional = "first"
        case lastFractional = "last"
        case mostFractional = "most"
        case driebeckTomlin = "driebeck-tomlin"
        case hybridPseudocost = "pseudocost"
    }

    /// Cutting planes for branch-and-cut.
    public struct Cuts: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let gomory = Cuts(rawValue: 1 << 0)
        public static let mixedIntegerRounding = Cuts(rawValue: 1 << 1)
        public static let cover = Cuts(rawValue: 1 << 2)
        public static let clique = Cuts(rawValue: 1 << 3)
        public static let all: Cuts = [.gomory, .mixedIntegerRounding, .cover, .clique]
    }

    public var method: Method
    /// LP presolve (and MIP presolve for a mixed-integer model). Off by default: it was 20× slower
    /// on transportation LPs, and it hides the original columns from a starting solution.
    public var presolve: Bool
    /// Wall-clock limit for the whole solve; `nil` for none. The best solution found is kept.
    public var timeLimit: Duration?
    /// Relative gap `|best − bound| / |best|` at which branch-and-cut may stop.
    public var relativeGap: Double
    public var cuts: Cuts
    public var feasibilityPump: Bool
    public var proximitySearch: Bool
    public var branching: Branching
    /// A starting integer solution, one value per column. It is checked against bounds,
    /// integrality and every row before GLPK sees it (GLPK itself does not check).
    public var startingSolution: [Double]?
    /// Send GLPK's full log to the logger (level `debug`) rather than errors only.
    public var verbose: Bool

    public init(
        method: Method = .automatic, presolve: Bool = false, timeLimit: Duration? = nil,
        relativeGap: Double = 0, cuts: Cuts = .all, feasibilityPump: Bool = true,
        proximitySearch: Bool = false, branching: Branching = .hybridPseudocost,
        startingSolution: [Double]? = nil, verbose: Bool = false
    ) {
        self.method = method
        self.presolve = presolve
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.cuts = cuts
        self.feasibilityPump = feasibilityPump
        self.proximitySearch = proximitySearch
        self.branching = branching
        self.startingSolution = startingSolution
        self.verbose = verbose
    }

    /// The time limit in seconds, for GLPK's millisecond fields and for reports.
    public var timeLimitSeconds: Double? { timeLimit?.seconds }
}
