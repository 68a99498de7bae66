// SPDX-License-Identifier: GPL-3.0-or-later

extension Duration {
    /// The duration in seconds, as reports and GLPK's millisecond fields want it.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }

    /// A time limit of `seconds`, as users write it in files and options: any number is safe
    /// here. A limit of 10⁹ s (about 32 years) or more, or +∞, means no limit (`nil`); NaN and
    /// negative numbers, which callers report as errors first, give a zero limit rather than a
    /// trap (`Duration.seconds(_:)` traps above about 1.7 × 10²⁰ s).
    public static func timeLimit(seconds: Double) -> Duration? {
        guard !seconds.isNaN, seconds > 0 else { return .zero }
        guard seconds < 1e9 else { return nil }
        return .milliseconds(Int64((seconds * 1000).rounded(.up)))
    }
}
