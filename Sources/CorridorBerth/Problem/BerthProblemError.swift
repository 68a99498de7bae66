// SPDX-License-Identifier: GPL-3.0-or-later

/// A problem built in Swift that cannot be solved as given: every bad value found, each named by
/// its field path (`vessels[2].fixed.start`) with what is wrong and what to do.
public struct BerthProblemError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One bad value.
    public struct Issue: Sendable, Hashable, CustomStringConvertible {
        /// The field, as a scenario file names it: `vessels[2].allowed_berths[0]`.
        public var field: String
        /// What is wrong — what to do.
        public var message: String

        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }

        public var description: String { "\(field): \(message)" }
    }

    public var issues: [Issue]

    public init(issues: [Issue]) { self.issues = issues }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
