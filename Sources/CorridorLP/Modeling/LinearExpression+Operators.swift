// SPDX-License-Identifier: GPL-3.0-or-later

// Arithmetic on variables and expressions, so that a formulation reads like its mathematics:
// `2 * x + y <= 10`, `x - y == 0`, `-z`.

extension Variable {
    public static func * (lhs: Double, rhs: Variable) -> LinearExpression {
        LinearExpression(rhs, coefficient: lhs)
    }
    public static func * (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(lhs, coefficient: rhs)
    }
    public static prefix func - (operand: Variable) -> LinearExpression {
        LinearExpression(operand, coefficient: -1)
    }
    public static func + (lhs: Variable, rhs: Variable) -> LinearExpression {
        LinearExpression(lhs) + LinearExpression(rhs)
    }
    public static func - (lhs: Variable, rhs: Variable) -> LinearExpression {
        LinearExpression(lhs) - LinearExpression(rhs)
    }
    public static func + (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(lhs) + rhs
    }
    public static func - (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(lhs) - rhs
    }
}

extension LinearExpression {
    public static func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        var result = lhs
        result.add(rhs)
        return result
    }
    public static func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        var result = lhs
        result.add(rhs, times: -1)
        return result
    }
    public static prefix func - (operand: LinearExpression) -> LinearExpression {
        LinearExpression() - operand
    }
    public static func * (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        var result = LinearExpression()
        result.add(rhs, times: lhs)
        return result
    }
    public static func * (lhs: LinearExpression, rhs: Double) -> LinearExpression { rhs * lhs }
    public static func / (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        (1 / rhs) * lhs
    }
    public static func += (lhs: inout LinearExpression, rhs: LinearExpression) { lhs.add(rhs) }
    public static func -= (lhs: inout LinearExpression, rhs: LinearExpression) {
        lhs.add(rhs, times: -1)
    }

    // Mixed forms, so that `x + y` and `x + 1` need no conversion.
    public static func + (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        lhs + LinearExpression(rhs)
    }
    public static func - (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        lhs - LinearExpression(rhs)
    }
    public static func + (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(lhs) + rhs
    }
    public static func - (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(lhs) - rhs
    }
    public static func + (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        var result = lhs
        result.constant += rhs
        return result
    }
    public static func - (lhs: LinearExpression, rhs: Double) -> LinearExpression { lhs + -rhs }
    public static func += (lhs: inout LinearExpression, rhs: Variable) { lhs.add(1, rhs) }
    public static func -= (lhs: inout LinearExpression, rhs: Variable) { lhs.add(-1, rhs) }
}

/// A linear constraint not yet added to a model: `expression` must lie in `bounds`.
public struct LinearConstraint: Sendable {
    public var expression: LinearExpression
    public var bounds: Bounds

    public init(_ expression: LinearExpression, in bounds: Bounds) {
        self.expression = expression
        self.bounds = bounds
    }
}

// Comparisons build constraints. Either side may be an expression, a variable or a number; the
// constant part of the left side minus the right side moves to the bounds.

public func <= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
    LinearConstraint(lhs - rhs, in: .atMost(0))
}
public func >= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
    LinearConstraint(lhs - rhs, in: .atLeast(0))
}
public func == (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint {
    LinearConstraint(lhs - rhs, in: .exactly(0))
}
public func <= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(lhs, in: .atMost(rhs))
}
public func >= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(lhs, in: .atLeast(rhs))
}
public func == (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(lhs, in: .exactly(rhs))
}
public func <= (lhs: Variable, rhs: Double) -> LinearConstraint { LinearExpression(lhs) <= rhs }
public func >= (lhs: Variable, rhs: Double) -> LinearConstraint { LinearExpression(lhs) >= rhs }
public func == (lhs: Variable, rhs: Double) -> LinearConstraint { LinearExpression(lhs) == rhs }
public func <= (lhs: Variable, rhs: Variable) -> LinearConstraint {
    LinearExpression(lhs) <= LinearExpression(rhs)
}
public func >= (lhs: Variable, rhs: Variable) -> LinearConstraint {
    LinearExpression(lhs) >= LinearExpression(rhs)
}
public func <= (lhs: Variable, rhs: LinearExpression) -> LinearConstraint {
    LinearExpression(lhs) <= rhs
}
public func >= (lhs: Variable, rhs: LinearExpression) -> LinearConstraint {
    LinearExpression(lhs) >= rhs
}
public func == (lhs: Variable, rhs: LinearExpression) -> LinearConstraint {
    LinearExpression(lhs) == rhs
}
public func <= (lhs: LinearExpression, rhs: Variable) -> LinearConstraint {
    lhs <= LinearExpression(rhs)
}
public func >= (lhs: LinearExpression, rhs: Variable) -> LinearConstraint {
    lhs >= LinearExpression(rhs)
}
public func == (lhs: LinearExpression, rhs: Variable) -> LinearConstraint {
    lhs == LinearExpression(rhs)
}
