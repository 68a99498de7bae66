// SPDX-License-Identifier: GPL-3.0-or-later

/// Which checkpoint and which time slot for each booked group of trucks: the input of the
/// crossings model, as plain values a planner's program builds without any file.
///
/// Times are hours after the horizon's start (negative before it); the horizon's start is kept as
/// an absolute instant so that each checkpoint's opening hours, closed days and daily caps can be
/// read in its own time zone.
public struct CrossingsProblem: Sendable, Hashable {
    public var horizon: CrossingsHorizon
    /// Length of one slot in minutes; `horizon.hours × 60` is a whole multiple of it.
    public var slotMinutes: Int
    /// Hours added to the cost of an unserved truck, after the horizon's end; `nil` means
    /// `horizon.hours`. A request may override it.
    public var unservedPenaltyHours: Double?
    /// Multiplies every request's trucks, rounded half up.
    public var demandScale: Double
    public var checkpoints: [Checkpoint]
    public var requests: [TruckRequest]

    public init(
        horizon: CrossingsHorizon, slotMinutes: Int = 60, unservedPenaltyHours: Double? = nil,
        demandScale: Double = 1, checkpoints: [Checkpoint], requests: [TruckRequest]
    ) {
        self.horizon = horizon
        self.slotMinutes = slotMinutes
        self.unservedPenaltyHours = unservedPenaltyHours
        self.demandScale = demandScale
        self.checkpoints = checkpoints
        self.requests = requests
    }
}

/// The planning horizon: an absolute start written with a fixed UTC offset, and a length.
public struct CrossingsHorizon: Sendable, Hashable {
    /// The start, in seconds since 1970-01-01T00:00:00Z; it must fall on a whole minute.
    public var startSecondsSinceEpoch: Double
    /// The offset the start is written in (seconds east of UTC): the default time zone of every
    /// checkpoint.
    public var offsetSeconds: Int
    public var hours: Double

    public init(startSecondsSinceEpoch: Double, offsetSeconds: Int, hours: Double) {
        self.startSecondsSinceEpoch = startSecondsSinceEpoch
        self.offsetSeconds = offsetSeconds
        self.hours = hours
    }

    /// The horizon starting at local midnight of `date` in the zone `offsetHours` east of UTC
    /// (e.g. `CrossingsHorizon(date: LocalDate(2026, 12, 1), offsetHours: 5, hours: 72)`).
    public init(date: LocalDate, offsetHours: Int, hours: Double) {
        let offset = offsetHours * 3600
        self.init(
            startSecondsSinceEpoch: Double(date.daysSinceEpoch * 86_400 - offset),
            offsetSeconds: offset, hours: hours)
    }
}

/// A cargo class: it sets a truck's lane minutes (through a checkpoint's overrides) and its
/// default weight.
public enum CargoClass: String, Sendable, Hashable, CaseIterable, Comparable {
    case general, perishable, hazardous, empty

    /// The weight of a truck-hour of this class when a request gives none: spoiling cargo
    /// counts three times, an empty truck half.
    public var defaultWeight: Double {
        switch self {
        case .perishable: 3
        case .hazardous, .general: 1
        case .empty: 0.5
        }
    }

    public static func < (lhs: CargoClass, rhs: CargoClass) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
