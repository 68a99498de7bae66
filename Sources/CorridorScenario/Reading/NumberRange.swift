// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// The numbers a field accepts, and how to say so when a value is outside.
public struct NumberRange: Sendable {
    public var minimum: Double?
    public var minimumIsExclusive: Bool
    public var maximum: Double?
    public var maximumIsExclusive: Bool

    public init(
        minimum: Double? = nil, exclusive minimumIsExclusive: Bool = false,
        maximum: Double? = nil, exclusiveMaximum maximumIsExclusive: Bool = false
    ) {
        self.minimum = minimum
        self.minimumIsExclusive = minimumIsExclusive
        self.maximum = maximum
        self.maximumIsExclusive = maximumIsExclusive
    }

    /// Any finite number.
    public static let finite = NumberRange()
    /// ≥ 0: capacities, counts, costs.
    public static let nonNegative = NumberRange(minimum: 0)
    /// > 0: lengths, rates, durations.
    public static let positive = NumberRange(minimum: 0, exclusive: true)
    /// (0, 1]: fractions such as a fill limit.
    public static let fraction = NumberRange(minimum: 0, exclusive: true, maximum: 1)

    /// What is wrong with `value` and what to do, or `nil` when it is inside.
    func violation(_ value: Double) -> (problem: String, hint: String)? {
        let shown = NumberRange.format(value)
        if let minimum {
            let bad = minimumIsExclusive ? value <= minimum : value < minimum
            if bad {
                if minimum == 0 {
                    return minimumIsExclusive
                        ? ("must be greater than 0 (got \(shown))", "give a positive number")
                        : ("must not be negative (got \(shown))", "give a number ≥ 0")
                }
                let sign = minimumIsExclusive ? ">" : "≥"
                return ("must be \(sign) \(NumberRange.format(minimum)) (got \(shown))", "give a number \(sign) \(NumberRange.format(minimum))")
            }
        }
        if let maximum {
            let bad = maximumIsExclusive ? value >= maximum : value > maximum
            if bad {
                let sign = maximumIsExclusive ? "<" : "≤"
                return ("must be \(sign) \(NumberRange.format(maximum)) (got \(shown))", "give a number \(sign) \(NumberRange.format(maximum))")
            }
        }
        return nil
    }

    /// `12` for whole numbers, `12.5` or `1.66667` (six significant digits) otherwise: for
    /// messages, where round-off digits would only distract.
    public static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return String(format: "%.6g", value)
    }
}
