// SPDX-License-Identifier: GPL-3.0-or-later

/// What a solve proved about a model: an outcome, never an error.
public enum TerminationStatus: String, Sendable, Codable, CaseIterable {
    /// A solution was found and proven optimal (within the requested gap of 0).
    case optimal
    /// A feasible solution was found, but a limit or a relative gap > 0 stopped the proof.
    case feasible
    /// The model has no feasible solution.
    case infeasible
    /// The objective can improve without end.
    case unbounded
    /// The LP relaxation of a mixed-integer model is unbounded: the model is either unbounded or
    /// has no integer solution, and GLPK cannot tell which.
    case infeasibleOrUnbounded = "infeasible-or-unbounded"
    /// A limit passed before any feasible solution was found.
    case noSolution = "no-solution"

    /// Whether the solution's values are a feasible point.
    public var hasSolution: Bool { self == .optimal || self == .feasible }
}
