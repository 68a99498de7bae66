// SPDX-License-Identifier: GPL-3.0-or-later

/// The outcome of solving a ``Model``.
public struct Solution: Sendable {
    public var status: TerminationStatus
    /// The objective value of the solution found, `nil` when there is none.
    public var objective: Double?
    /// The best proven bound on the optimum: a lower bound when minimising, an upper bound when
    /// maximising; equal to ``objective`` when optimal, `nil` when nothing was proven.
    public var bound: Double?
    /// Wall-clock seconds spent in the solver (loading included).
    public var seconds: Double
    /// The value of each column, by index; empty when there is no solution.
    public var values: [Double]
    /// Each row's activity `Σ a_ij x_j`, by index; empty when there is no solution.
    public var rowActivities: [Double]
    /// Each row's dual value (shadow price), for a linear program solved to optimality.
    public var duals: [Double]?
    /// Each column's reduced cost, for a linear program solved to optimality.
    public var reducedCosts: [Double]?
    /// What the solver said about the outcome, for a reader (e.g. "time limit reached").
    public var message: String
    /// Which of GLPK's algorithms produced the values (`nil` when there are none, or when no
    /// solver was needed).
    public var algorithm: Algorithm?

    /// GLPK's three solvers, each with its own solution in a problem object.
    public enum Algorithm: String, Sendable, Codable {
        case simplex
        case interiorPoint = "interior-point"
        case branchAndCut = "branch-and-cut"
    }

    public init(
        status: TerminationStatus, objective: Double? = nil, bound: Double? = nil,
        seconds: Double = 0, values: [Double] = [], rowActivities: [Double] = [],
        duals: [Double]? = nil, reducedCosts: [Double]? = nil, message: String = "",
        algorithm: Algorithm? = nil
    ) {
        self.status = status
        self.objective = objective
        self.bound = bound
        self.seconds = seconds
        self.values = values
        self.rowActivities = rowActivities
        self.duals = duals
        self.reducedCosts = reducedCosts
        self.message = message
        self.algorithm = algorithm
    }

    /// `|objective − bound| / max(|objective|, 1e-9)`; 0 when optimal, `nil` without both numbers.
    public var gap: Double? {
        if status == .optimal { return 0 }
        guard let objective, let bound else { return nil }
        return abs(objective - bound) / max(abs(objective), 1e-9)
    }

    /// The value of `variable` in this solution.
    ///
    /// - Precondition: the solution has values (``TerminationStatus/hasSolution``) and the
    ///   variable belongs to the solved model; `value(of:)` returns `nil` instead.
    public subscript(variable: Variable) -> Double {
        precondition(
            values.indices.contains(variable.index),
            "no value for \(variable): the solution is \(status.rawValue) with \(values.count) values")
        return values[variable.index]
    }

    /// The value of `variable`, or `nil` when the solution has none for it.
    public func value(of variable: Variable) -> Double? {
        values.indices.contains(variable.index) ? values[variable.index] : nil
    }

    /// The value of `expression` in this solution, or `nil` when a variable has no value.
    public func value(of expression: LinearExpression) -> Double? {
        guard expression.variables.allSatisfy({ values.indices.contains($0.index) }) else {
            return nil
        }
        return expression.evaluate { values[$0.index] }
    }

    /// The dual value of `constraint`, for a linear program solved to optimality.
    public func dual(of constraint: Constraint) -> Double? {
        guard let duals, duals.indices.contains(constraint.index) else { return nil }
        return duals[constraint.index]
    }

    /// The reduced cost of `variable`, for a linear program solved to optimality.
    public func reducedCost(of variable: Variable) -> Double? {
        guard let reducedCosts, reducedCosts.indices.contains(variable.index) else { return nil }
        return reducedCosts[variable.index]
    }
}
