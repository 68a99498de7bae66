// SPDX-License-Identifier: GPL-3.0-or-later

/// The planning horizon: a start and a length in hours. Times in a scenario are hours after
/// `start`; the plan lies in `[0, hours]`.
public struct Horizon: Sendable, Hashable {
    public var start: Instant
    public var hours: Double

    public init(start: Instant, hours: Double) {
        self.start = start
        self.hours = hours
    }

    /// Hours from the horizon's start to `instant` (negative before it).
    public func hours(of instant: Instant) -> Double {
        (instant.secondsSinceEpoch - start.secondsSinceEpoch) / 3600
    }

    /// The instant `hours` after the start, written in the horizon's offset, for plans.
    public func iso(hoursAfterStart hours: Double) -> String {
        Instant(secondsSinceEpoch: start.secondsSinceEpoch + hours * 3600, offsetSeconds: start.offsetSeconds)
            .formatted()
    }
}
