// SPDX-License-Identifier: GPL-3.0-or-later

/// The interval `lower...upper` that a row activity or a variable must lie in; either end may be
/// infinite.
public struct Bounds: Hashable, Sendable, CustomStringConvertible {
    public var lower: Double
    public var upper: Double

    public init(lower: Double = -.infinity, upper: Double = .infinity) {
        self.lower = lower
        self.upper = upper
    }

    /// No bound at all.
    public static let free = Bounds()
    /// `value ≤ limit`.
    public static func atMost(_ limit: Double) -> Bounds { Bounds(upper: limit) }
    /// `value ≥ limit`.
    public static func atLeast(_ limit: Double) -> Bounds { Bounds(lower: limit) }
    /// `value = target`.
    public static func exactly(_ target: Double) -> Bounds { Bounds(lower: target, upper: target) }
    /// `lower ≤ value ≤ upper`.
    public static func between(_ lower: Double, _ upper: Double) -> Bounds {
        Bounds(lower: lower, upper: upper)
    }

    /// These bounds moved by `offset` (used to move a constant from a row's left side to its right).
    func shifted(by offset: Double) -> Bounds {
        Bounds(lower: lower + offset, upper: upper + offset)
    }

    /// What is wrong with these bounds, or `nil` when GLPK can take them.
    ///
    /// GLPK takes −∞ and +∞ as "no bound"; NaN, `lower > upper`, `lower = +∞` and `upper = −∞`
    /// are rejected here because GLPK would abort on some of them and misread the others.
    var problem: String? {
        if lower.isNaN || upper.isNaN { return "a bound is NaN" }
        if lower == .infinity { return "the lower bound is +infinity" }
        if upper == -.infinity { return "the upper bound is -infinity" }
        if lower > upper { return "the lower bound \(lower) is above the upper bound \(upper)" }
        return nil
    }

    public var description: String {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): "free"
        case (true, false): ">= \(lower)"
        case (false, true): "<= \(upper)"
        case (true, true): lower == upper ? "= \(lower)" : "in [\(lower), \(upper)]"
        }
    }
}
