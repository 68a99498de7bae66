// SPDX-License-Identifier: GPL-3.0-or-later

/// A problem built in Swift that cannot be solved as given: every bad value at once, each named
/// by its place in the problem (`checkpoints[2].lanes.min`), what is wrong and what to do.
public struct CrossingsInputError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// Where the bad value sits, in the scenario file's field names: `requests[4].deadline`.
        public var path: String
        /// What is wrong with it.
        public var problem: String
        /// What to do about it.
        public var remedy: String

        public init(path: String, problem: String, remedy: String) {
            self.path = path
            self.problem = problem
            self.remedy = remedy
        }

        public var description: String { "\(path): \(problem) — \(remedy)" }
    }

    public var problems: [Problem]

    public init(problems: [Problem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
