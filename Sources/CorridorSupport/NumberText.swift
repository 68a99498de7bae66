// SPDX-License-Identifier: GPL-3.0-or-later

/// How plans, CSV tables and summaries write a number: the one formatter for numbers a user reads
/// or feeds to another program (JSON has its own, ``JSONValue/text(pretty:)``).
package enum NumberText {
    /// `12` for a whole number (no `.0`, `-0` as `0`), otherwise the shortest text that reads back
    /// as the same `Double` (`0.1`, `1.6666666666666667`, `1e-05`): no digits lost, none invented.
    /// Whole numbers beyond `Int64` keep the exponent form (`1e+19`); NaN and infinities are
    /// `nan`, `inf` and `-inf`.
    package static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 9.2e18 {
            return String(Int64(value))
        }
        return value.description
    }
}
