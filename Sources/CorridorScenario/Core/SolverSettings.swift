// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP

/// The `solver:` section of a scenario, all optional.
public struct SolverSettings: Sendable, Hashable {
    /// The algorithm a scenario asks for; each kind maps it to what its model allows.
    public enum Method: String, Sendable, CaseIterable {
        case auto
        case simplex
        case interior
        case network
    }

    /// Wall clock for the scenario, `nil` for none; the best plan found so far is kept.
    public var timeLimitSeconds: Double?
    /// Relative gap at which branch-and-cut may stop; default 0 (prove optimality).
    public var mipGap: Double
    public var method: Method

    /// The time limit for the solver: `time_limit_seconds` through `Duration.timeLimit(seconds:)`
    /// (any number is safe; 0 stops at once, 10⁹ s or more means none); `nil` for none.
    public var timeLimit: Duration? {
        timeLimitSeconds.flatMap(Duration.timeLimit(seconds:))
    }

    public init(timeLimitSeconds: Double? = nil, mipGap: Double = 0, method: Method = .auto) {
        self.timeLimitSeconds = timeLimitSeconds
        self.mipGap = mipGap
        self.method = method
    }
}
