// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

/// What a result proved, as the result JSON's `status` says it.
public enum ResultStatus: String, Sendable, Codable, CaseIterable {
    /// A plan, proven optimal.
    case optimal
    /// A plan, but a limit or `mip_gap` > 0 stopped the proof; `bound` says how far it may be.
    case feasible
    /// A limit passed before any plan was found.
    case noSolution = "no-solution"
    /// No result: an invalid scenario, a failed solve, or (for the `lp` kind) a model without
    /// an optimum; `message` says which.
    case error

    /// The status and explanation for a solver outcome.
    ///
    /// The spec's statuses "speak of the proof only" and have no "infeasible": for planning
    /// kinds, which always allow leaving demand unserved, infeasibility means a bug; and berth.md
    /// reports an instance that cannot be fully served as `error` with that message. So an
    /// infeasible or unbounded model is `error` with a message that names the outcome, never
    /// `no-solution` (which means that a limit passed first).
    public init(_ status: TerminationStatus) {
        switch status {
        case .optimal: self = .optimal
        case .feasible: self = .feasible
        case .noSolution: self = .noSolution
        case .infeasible, .unbounded, .infeasibleOrUnbounded: self = .error
        }
    }

    /// The message that goes with an outcome: the outcome's name, then the solver's own words
    /// (which say more, e.g. "the LP relaxation is infeasible"); `nil` for a plan without a remark.
    public static func message(for status: TerminationStatus, solverMessage: String) -> String? {
        func say(_ outcome: String, _ fallback: String) -> String {
            "\(outcome): \(solverMessage.isEmpty ? fallback : solverMessage)"
        }
        return switch status {
        case .infeasible: say("infeasible", "the model has no feasible solution")
        case .unbounded: say("unbounded", "the objective improves without limit")
        case .infeasibleOrUnbounded:
            say("infeasible or unbounded", "the model has no integer solution or no finite optimum")
        case .noSolution: say("no solution", "a limit passed before any feasible solution was found")
        case .optimal, .feasible: solverMessage.isEmpty ? nil : solverMessage
        }
    }
}
