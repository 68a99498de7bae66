// SPDX-License-Identifier: GPL-3.0-or-later

/// A decision variable: a column of its ``Model``.
///
/// A variable is only a position; its name, bounds and kind live in the model that made it. Using a
/// variable with a model that did not make it is caught when the model is built or solved.
public struct Variable: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 0-based column index in the model that made this variable.
    public let index: Int

    @usableFromInline
    init(index: Int) { self.index = index }

    public static func < (lhs: Variable, rhs: Variable) -> Bool { lhs.index < rhs.index }

    /// `x1`, `x2`, …: 1-based, as GLPK, the LP format and the error messages number columns.
    public var description: String { "x\(index + 1)" }
}

/// Whether a variable takes any value in its bounds or whole numbers only.
public enum VariableKind: String, Sendable, Codable, CaseIterable {
    case continuous
    case integer
    /// An integer variable with bounds 0 and 1.
    case binary
}

/// A row of a ``Model``: a linear constraint, referred to for its dual value or its activity.
public struct Constraint: Hashable, Sendable, Comparable {
    /// The 0-based row index in the model that made this constraint.
    public let index: Int

    @usableFromInline
    init(index: Int) { self.index = index }

    public static func < (lhs: Constraint, rhs: Constraint) -> Bool { lhs.index < rhs.index }
}
