// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

/// How to solve a berth problem.
public struct BerthSolveOptions: Sendable {
    /// Wall-clock limit for the whole solve (`nil`: none). The best plan found is kept, with a
    /// proven bound.
    public var timeLimit: Duration?
    /// Relative gap at which the search may stop (0: prove optimality).
    public var relativeGap: Double
    /// At most this share of the time limit (and at most `heuristicSeconds`) goes to the first plan.
    public var heuristicSeconds: Double

    public init(timeLimit: Duration? = nil, relativeGap: Double = 0, heuristicSeconds: Double = 2) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.heuristicSeconds = heuristicSeconds
    }
}

/// What the solve proved.
public enum BerthStatus: String, Sendable, Hashable {
    /// The plan is proven optimal.
    case optimal
    /// A plan was found; a limit or the relative gap stopped the proof (see `bound`).
    case feasible
    /// A limit passed before any plan was found.
    case noSolution = "no-solution"
    /// No plan serves every vessel that must be served (only with ``Vessel/mustServe``).
    case infeasible
}

/// Size of the largest model handed to the solver.
public struct BerthModelStats: Sendable, Hashable {
    public var rows: Int
    public var columns: Int
    public var nonzeros: Int
    public var integerColumns: Int
}

/// The outcome of ``BerthProblem/solve(options:using:)``.
public struct BerthResult: Sendable {
    public var status: BerthStatus
    public var objective: Double?
    /// The best proven lower bound on the optimum.
    public var bound: Double?
    public var seconds: Double
    public var plan: BerthPlan?
    public var message: String
    /// The branch-and-cut model (after dropping calls that cannot improve the first plan).
    public var model: BerthModelStats?
    /// What each stage did, for a reader who wants to know where the time went.
    public var log: [String]

    /// `|objective − bound| / max(|objective|, 1e-9)`; 0 when optimal.
    public var gap: Double? {
        if status == .optimal { return 0 }
        guard let objective, let bound else { return nil }
        return max(0, objective - bound) / max(abs(objective), 1e-9)
    }
}

/// Why a solve could not start or failed.
public enum BerthError: Error, Sendable, CustomStringConvertible {
    /// The problem has bad values (every one is listed).
    case invalidProblem(BerthProblemError)
    /// The LP/MIP solver failed.
    case solver(SolverError)

    public var description: String {
        switch self {
        case .invalidProblem(let error): error.description
        case .solver(let error): "\(error)"
        }
    }
}

extension BerthProblem {
    /// Solves the problem exactly (or to `options.relativeGap`, or until `options.timeLimit`).
    ///
    /// - Throws: ``BerthError/invalidProblem(_:)`` with every bad value, before any solving;
    ///   ``BerthError/solver(_:)`` when the solver fails.
    public func solve(
        options: BerthSolveOptions = BerthSolveOptions(), using solver: some LinearSolver = GLPKSolver()
    ) throws(BerthError) -> BerthResult {
        let issues = validationIssues()
        guard issues.isEmpty else { throw .invalidProblem(BerthProblemError(issues: issues)) }
        var method = ExactMethod(instance: BerthInstance(checked: self), options: options)
        do {
            return try method.run(using: solver)
        } catch {
            throw .solver(error)
        }
    }
}
