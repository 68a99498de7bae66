// SPDX-License-Identifier: GPL-3.0-or-later

/// A booked group of trucks: how many, of which cargo, when they leave their origin, how long
/// they drive to each checkpoint and which checkpoints they may use.
public struct TruckRequest: Sendable, Hashable {
    public var id: String
    public var carrier: String?
    public var trucks: Int
    public var cargo: CargoClass
    /// When the trucks leave their origin, in hours after the horizon's start; may be negative
    /// (already on the road or in the e-queue).
    public var ready: Double
    /// Driving hours from the origin to each checkpoint; a checkpoint not listed is 0.
    public var travelHours: [String: Double]
    /// The checkpoints this group may use; `nil` means all.
    public var checkpoints: [String]?
    /// Weight of one truck-hour; `nil` means the class's default.
    public var weight: Double?
    /// Latest slot start (hours after the horizon's start); may lie after the horizon.
    public var deadline: Double?
    /// Overrides the problem's `unservedPenaltyHours` for this request.
    public var unservedPenaltyHours: Double?

    public init(
        id: String, carrier: String? = nil, trucks: Int, cargo: CargoClass = .general,
        ready: Double, travelHours: [String: Double] = [:], checkpoints: [String]? = nil,
        weight: Double? = nil, deadline: Double? = nil, unservedPenaltyHours: Double? = nil
    ) {
        self.id = id
        self.carrier = carrier
        self.trucks = trucks
        self.cargo = cargo
        self.ready = ready
        self.travelHours = travelHours
        self.checkpoints = checkpoints
        self.weight = weight
        self.deadline = deadline
        self.unservedPenaltyHours = unservedPenaltyHours
    }

    /// The weight used in the objective.
    public var effectiveWeight: Double { weight ?? cargo.defaultWeight }

    /// Driving hours to `checkpoint` (0 when not given).
    public func travel(to checkpoint: String) -> Double { travelHours[checkpoint] ?? 0 }
}
