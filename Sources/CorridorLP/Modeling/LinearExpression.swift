// SPDX-License-Identifier: GPL-3.0-or-later

/// `Σ coefficient × variable + constant`.
///
/// Terms are kept in the order they were written, repeats included; a model merges repeated
/// variables when the expression becomes a row or the objective, so `x + x` is `2x` there.
public struct LinearExpression: Sendable, CustomStringConvertible {
    /// The variables of the terms, in order (parallel to ``coefficients``).
    public private(set) var variables: [Variable]
    /// The coefficients of the terms, in order (parallel to ``variables``).
    public private(set) var coefficients: [Double]
    public var constant: Double

    /// `constant` alone.
    public init(constant: Double = 0) {
        variables = []
        coefficients = []
        self.constant = constant
    }

    /// `coefficient × variable`.
    public init(_ variable: Variable, coefficient: Double = 1) {
        variables = [variable]
        coefficients = [coefficient]
        constant = 0
    }

    /// `Σ coefficient × variable + constant` over `terms`.
    public init(terms: some Sequence<(Variable, Double)>, constant: Double = 0) {
        variables = []
        coefficients = []
        self.constant = constant
        for (variable, coefficient) in terms { add(coefficient, variable) }
    }

    /// The terms as `(variable, coefficient)` pairs, repeats included.
    public var terms: Zip2Sequence<[Variable], [Double]> { zip(variables, coefficients) }

    /// Adds `coefficient × variable`.
    public mutating func add(_ coefficient: Double, _ variable: Variable) {
        variables.append(variable)
        coefficients.append(coefficient)
    }

    /// Adds `factor × other`.
    public mutating func add(_ other: LinearExpression, times factor: Double = 1) {
        variables.append(contentsOf: other.variables)
        if factor == 1 {
            coefficients.append(contentsOf: other.coefficients)
        } else {
            coefficients.append(contentsOf: other.coefficients.lazy.map { $0 * factor })
        }
        constant += factor * other.constant
    }

    /// The value of the expression when each variable takes `value(variable)`.
    public func evaluate(_ value: (Variable) -> Double) -> Double {
        var total = constant
        for (variable, coefficient) in terms { total += coefficient * value(variable) }
        return total
    }

    public var description: String {
        var parts = terms.map { "\($1) \($0)" }
        if constant != 0 || parts.isEmpty { parts.append("\(constant)") }
        return parts.joined(separator: " + ")
    }
}

/// `Σ body(element)` over a collection, built as one expression without a temporary per term.
///
///     sum(over: berths) { x[vessel, $0] } == 1
public func sum<C: Sequence>(
    over elements: C, _ body: (C.Element) throws -> LinearExpression
) rethrows -> LinearExpression {
    var total = LinearExpression()
    for element in elements { total.add(try body(element)) }
    return total
}

/// `Σ variables`.
public func sum<C: Sequence<Variable>>(_ variables: C) -> LinearExpression {
    LinearExpression(terms: variables.lazy.map { ($0, 1.0) })
}
