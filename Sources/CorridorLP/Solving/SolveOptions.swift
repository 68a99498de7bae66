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

    /// Kept so that code written before ``GLPKOptions`` still compiles.
    public typealias Branching = GLPKOptions.Branching
    public typealias Cuts = GLPKOptions.Cuts

    public var method: Method
    /// LP presolve (and MIP presolve for a mixed-integer model). Off by default: it was 20× slower
    /// on transportation LPs, and it hides the original columns from a starting solution.
    public var presolve: Bool
    /// Wall-clock limit for the whole solve; `nil` for none. The best solution found is kept.
    public var timeLimit: Duration?
    /// Relative gap `|best − bound| / |best|` at which branch-and-cut may stop.
    public var relativeGap: Double
    /// A starting integer solution, one value per column. It is checked against bounds,
    /// integrality and every row before GLPK sees it (GLPK itself does not check).
    public var startingSolution: [Double]?
    /// Send GLPK's full log to the logger (level `debug`) rather than errors only.
    public var verbose: Bool
    /// GLPK's own settings; another backend ignores them.
    public var glpk: GLPKOptions

    public init(
        method: Method = .automatic, presolve: Bool = false, timeLimit: Duration? = nil,
        relativeGap: Double = 0, startingSolution: [Double]? = nil, verbose: Bool = false,
        glpk: GLPKOptions = GLPKOptions()
    ) {
        self.method = method
        self.presolve = presolve
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.startingSolution = startingSolution
        self.verbose = verbose
        self.glpk = glpk
    }

    /// The initializer from before ``GLPKOptions``, for code that passes GLPK's settings one by
    /// one. Its four GLPK parameters have no defaults, so that a call without them picks the
    /// initializer above.
    @available(*, deprecated, message: "pass glpk: GLPKOptions(cuts:feasibilityPump:proximitySearch:branching:)")
    public init(
        method: Method = .automatic, presolve: Bool = false, timeLimit: Duration? = nil,
        relativeGap: Double = 0, cuts: Cuts, feasibilityPump: Bool,
        proximitySearch: Bool, branching: Branching,
        startingSolution: [Double]? = nil, verbose: Bool = false
    ) {
        self.init(
            method: method, presolve: presolve, timeLimit: timeLimit, relativeGap: relativeGap,
            startingSolution: startingSolution, verbose: verbose,
            glpk: GLPKOptions(
                cuts: cuts, feasibilityPump: feasibilityPump, proximitySearch: proximitySearch,
                branching: branching))
    }

    /// The time limit in seconds, for GLPK's millisecond fields and for reports.
    public var timeLimitSeconds: Double? { timeLimit?.seconds }
}
