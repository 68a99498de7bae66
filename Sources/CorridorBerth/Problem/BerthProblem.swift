// SPDX-License-Identifier: GPL-3.0-or-later

/// One berth allocation problem: which berth, and when, for each vessel call within a horizon.
///
/// Plain values, times in hours after the horizon's start, so a planner's program can build a
/// problem in Swift without any file:
///
///     let problem = BerthProblem(
///         horizonHours: 168,
///         berths: [Berth(id: "CT1", lengthM: 150, depthM: 6.3, movesPerHour: 30)],
///         vessels: [Vessel(id: "BARYS-049", eta: 6, moves: 420)])
///     let result = try problem.solve()
///     result.plan?.assignments.first?.berth   // "CT1"
public struct BerthProblem: Sendable, Hashable {
    /// Length of the planning horizon in hours (`H`); must be a whole number of time steps.
    public var horizonHours: Double
    /// Starts and durations are whole steps of this many minutes (default 60).
    public var timeStepMinutes: Double
    public var berths: [Berth]
    public var vessels: [Vessel]

    public init(
        horizonHours: Double, timeStepMinutes: Double = 60, berths: [Berth], vessels: [Vessel]
    ) {
        self.horizonHours = horizonHours
        self.timeStepMinutes = timeStepMinutes
        self.berths = berths
        self.vessels = vessels
    }
}

/// A quay position that serves one vessel at a time.
public struct Berth: Sendable, Hashable {
    public var id: String
    /// A vessel longer than this cannot use the berth (`nil`: no limit).
    public var lengthM: Double?
    /// A vessel whose draft exceeds this cannot use the berth (`nil`: no limit).
    public var depthM: Double?
    /// Turns a vessel's `moves` into handling hours at this berth.
    public var movesPerHour: Double?
    /// Windows `[from, to)` in hours when the berth can serve; `nil` means the whole horizon.
    /// Overlapping or touching windows are merged.
    public var available: [HourWindow]?

    public init(
        id: String, lengthM: Double? = nil, depthM: Double? = nil, movesPerHour: Double? = nil,
        available: [HourWindow]? = nil
    ) {
        self.id = id
        self.lengthM = lengthM
        self.depthM = depthM
        self.movesPerHour = movesPerHour
        self.available = available
    }
}

/// A half-open time window `[from, to)` in hours after the horizon's start.
public struct HourWindow: Sendable, Hashable, CustomStringConvertible {
    public var from: Double
    public var to: Double

    public init(from: Double, to: Double) {
        self.from = from
        self.to = to
    }

    public var description: String { "[\(from.hoursText), \(to.hoursText))" }
}

/// A vessel call to be served at one berth, without interruption.
public struct Vessel: Sendable, Hashable {
    /// Per-berth handling time: the same at every berth, or given per berth id.
    public enum HandlingHours: Sendable, Hashable {
        case everywhere(Double)
        case perBerth([String: Double])
    }

    /// A committed call: the vessel is served at this berth from this start (hours).
    public struct FixedCall: Sendable, Hashable {
        public var berth: String
        public var start: Double
        public init(berth: String, start: Double) {
            self.berth = berth
            self.start = start
        }
    }

    public var id: String
    /// Earliest start of service in hours (rounded up to a whole step); may be negative (the
    /// vessel is already at anchor): service then starts at 0 or later.
    public var eta: Double
    /// Container moves; handling hours at a berth = moves / its `movesPerHour`.
    public var moves: Double?
    /// Handling hours, overriding `moves` where given.
    public var handlingHours: HandlingHours?
    /// Priority weight per hour of service time (default 1).
    public var weight: Double
    public var lengthM: Double?
    public var draftM: Double?
    /// Hard end of service in hours (default: the horizon's end); may lie after the horizon.
    public var latestDeparture: Double?
    /// Soft target departure in hours; may lie after the horizon.
    public var due: Double?
    /// Cost per hour finished past `due` (default 0).
    public var tardinessWeight: Double
    /// The berths this vessel may use (`nil`: any).
    public var allowedBerths: [String]?
    /// Cost added when the vessel is left unserved; default `(weight + tardinessWeight) × H`.
    public var unservedPenalty: Double?
    public var fixed: FixedCall?
    /// The vessel may not be left unserved (the benchmark instances' rule); a plan that cannot
    /// serve it has no solution. Not part of the scenario format's core fields.
    public var mustServe: Bool

    public init(
        id: String, eta: Double, moves: Double? = nil, handlingHours: HandlingHours? = nil,
        weight: Double = 1, lengthM: Double? = nil, draftM: Double? = nil,
        latestDeparture: Double? = nil, due: Double? = nil, tardinessWeight: Double = 0,
        allowedBerths: [String]? = nil, unservedPenalty: Double? = nil, fixed: FixedCall? = nil,
        mustServe: Bool = false
    ) {
        self.id = id
        self.eta = eta
        self.moves = moves
        self.handlingHours = handlingHours
        self.weight = weight
        self.lengthM = lengthM
        self.draftM = draftM
        self.latestDeparture = latestDeparture
        self.due = due
        self.tardinessWeight = tardinessWeight
        self.allowedBerths = allowedBerths
        self.unservedPenalty = unservedPenalty
        self.fixed = fixed
        self.mustServe = mustServe
    }
}

extension Double {
    /// A number of hours or metres as people write it: `16`, `7.5`, `0.25`.
    var hoursText: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
        return "\((self * 1e6).rounded() / 1e6)"
    }
}
