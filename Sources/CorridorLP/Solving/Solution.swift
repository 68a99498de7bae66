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

    public init(
        status: TerminationStatus, objective: Double? = nil, bound: Double? = nil,
        seconds: Double = 0, values: [Double] = [], rowActivities: [Double] = [],
        duals: [Double]? = nil, reducedCosts: [Double]? = nil, message: String = ""
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
    }

    /// `|objective − bound| / max(|objective|, 1e-9)`; 0 when optimal, `nil` without both numbers.
    public var gap: Double? {
        if status == .optimal { return 0 }
        guard let objective, let bound else { return nil }
        return abs(objective - bound) / max(abs(objective), 1e-9)
    }

    /// The value of `variable` in this solution.
    public subscript(variable: Variable) -> Double { values[variable.index] }

    /// The value of `expression` in this solution.
    public func value(of expression: LinearExpression) -> Double {
        expression.evaluate { values[$0.index] }
    }

    /// The dual value of `constraint`, for a linear program solved to optimality.
    public func dual(of constraint: Constraint) -> Double? { duals?[constraint.index] }

    /// The reduced cost of `variable`, for a linear program solved to optimality.
    public func reducedCost(of variable: Variable) -> Double? { reducedCosts?[variable.index] }
}
