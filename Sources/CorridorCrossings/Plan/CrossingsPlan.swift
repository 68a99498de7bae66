// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

/// The answer: which checkpoint and slot for each request's trucks, what is left unserved and
/// why, each checkpoint's slots (open minutes, lanes, crossings, queue), KPIs, and the proof.
public struct CrossingsPlan: Sendable {
    public var status: TerminationStatus
    /// Weighted truck-hours (plus lane costs), as the objective reads; `nil` without a plan.
    public var objective: Double?
    /// Best proven lower bound; equal to `objective` when optimal.
    public var bound: Double?
    public var gap: Double?
    public var seconds: Double
    /// Which path solved it.
    public var path: CrossingsPath
    /// The solver's words on how it ended (a time limit, a gap reached), empty otherwise.
    public var message: String
    public var model: ModelSize
    public var crossings: [Crossing]
    public var unserved: [UnservedTrucks]
    public var checkpoints: [CheckpointSchedule]
    public var kpis: CrossingsKPIs

    /// The size of the model solved (the MIP's, on the MIP path).
    public struct ModelSize: Sendable, Hashable {
        public var rows: Int
        public var columns: Int
        public var nonzeros: Int
        public var integerColumns: Int
    }

    /// Trucks left unserved in total.
    public var unservedTrucks: Int { unserved.reduce(0) { $0 + $1.trucks } }
}

/// How a plan was found.
public enum CrossingsPath: String, Sendable, Hashable {
    /// The min-cost network flow: an LP whose optimum is whole trucks.
    case network
    /// Branch-and-cut on the mixed-integer model.
    case mip
}

/// Trucks of one request crossing at one checkpoint in one slot.
public struct Crossing: Sendable, Hashable {
    public var request: String
    public var checkpoint: String
    /// Slot index from 0.
    public var slot: Int
    /// Slot start, hours after the horizon's start.
    public var slotStart: Double
    public var trucks: Int
    /// Hours each of these trucks waits at the checkpoint: `slot start − ready − travel`.
    public var waitHours: Double
}

/// Trucks of one request that do not cross within the horizon.
public struct UnservedTrucks: Sendable, Hashable {
    public var request: String
    public var trucks: Int
    public var reason: UnservedReason
}

/// Why trucks are left unserved, in words a planner can act on.
public enum UnservedReason: String, Sendable, Hashable {
    /// No allowed checkpoint has a usable open slot between the trucks' arrival and their
    /// deadline (or the horizon's end): move the deadline, allow another checkpoint, or open.
    case noOpenCheckpoint = "no-open-checkpoint"
    /// Slots existed, but the capacity before the horizon's end went to trucks that cost more to
    /// delay: add lanes or daily cap, or raise the request's weight.
    case capacityTaken = "capacity-taken"

    public var explanation: String {
        switch self {
        case .noOpenCheckpoint:
            "no allowed checkpoint is open between the trucks' arrival and their deadline or the horizon's end"
        case .capacityTaken:
            "the capacity before the horizon's end is taken by trucks that cost more to delay"
        }
    }
}

/// One checkpoint's slots as planned.
public struct CheckpointSchedule: Sendable, Hashable {
    public var checkpoint: String
    public var slots: [SlotSchedule]
}

public struct SlotSchedule: Sendable, Hashable {
    public var slot: Int
    public var start: Double
    public var openMinutes: Int
    /// Open lanes: 0 in a slot with no open minutes.
    public var lanes: Int
    public var trucks: Int
    /// Trucks assigned to this checkpoint that have arrived by the slot's start and cross in
    /// this slot or later.
    public var queue: Int
}

/// Key figures of a plan.
public struct CrossingsKPIs: Sendable, Hashable {
    /// Hours between arrival at the checkpoint and the crossing slot's start, over crossed trucks.
    public var meanWaitHours: Double
    /// The 95th percentile by nearest rank: the ⌈0.95 n⌉-th smallest wait.
    public var p95WaitHours: Double
    public var maxWaitHours: Double
    public var trucksCrossed: Int
    public var trucksUnserved: Int
    public var checkpoints: [CheckpointKPIs]
}

public struct CheckpointKPIs: Sendable, Hashable {
    public var checkpoint: String
    /// Trucks crossing per local calendar day (of the slot's start, in the checkpoint's zone).
    public var trucksPerDay: [(date: LocalDate, trucks: Int)]
    /// Lane minutes used over lane minutes open; 0 when nothing was open.
    public var laneUtilisation: Double

    public static func == (lhs: CheckpointKPIs, rhs: CheckpointKPIs) -> Bool {
        lhs.checkpoint == rhs.checkpoint && lhs.laneUtilisation == rhs.laneUtilisation
            && lhs.trucksPerDay.map(\.date) == rhs.trucksPerDay.map(\.date)
            && lhs.trucksPerDay.map(\.trucks) == rhs.trucksPerDay.map(\.trucks)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(checkpoint)
        hasher.combine(laneUtilisation)
    }
}
