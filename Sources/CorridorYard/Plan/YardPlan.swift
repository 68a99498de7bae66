// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

/// A solved yard: where each flow is stored, what overflows and why, and how full each block is.
public struct YardPlan: Sendable {
    /// What the solve proved: `optimal`, `feasible` (a limit or gap stopped the proof), or an
    /// outcome without a plan (`noSolution` when a limit passed first).
    public var status: TerminationStatus
    /// The objective of the plan (TEU·km + overflow penalties + balance term); nil without one.
    public var objective: Double?
    /// Best proven lower bound on the objective.
    public var bound: Double?
    /// `|objective − bound| / max(|objective|, 1e-9)`; 0 when optimal.
    public var gap: Double?
    /// Wall-clock seconds: building the model, solving it and explaining the overflow.
    public var seconds: Double
    public var model: YardModelSize
    /// TEU of each flow in each block (non-zero only), flows in input order.
    public var placements: [YardPlacement]
    /// TEU of each flow not placed, with the rule that stops more from being placed.
    public var overflow: [YardOverflow]
    /// Stored TEU per block and period (initial stock included), blocks then periods.
    public var occupancy: [YardOccupancy]
    public var kpis: YardKPIs
    /// The solver's words on the outcome.
    public var message: String

    /// TEU not placed in total: the `unserved` of this model.
    public var overflowTEU: Double { overflow.reduce(0) { $0 + $1.teu } }
}

/// TEU of one flow stored in one block.
public struct YardPlacement: Sendable, Hashable {
    public var flow: String
    public var block: String
    public var teu: Double

    public init(flow: String, block: String, teu: Double) {
        self.flow = flow
        self.block = block
        self.teu = teu
    }
}

/// TEU of one flow that no block takes.
public struct YardOverflow: Sendable, Hashable {
    public var flow: String
    public var teu: Double
    public var reason: YardOverflowReason

    public init(flow: String, teu: Double, reason: YardOverflowReason) {
        self.flow = flow
        self.teu = teu
        self.reason = reason
    }
}

/// The rule that stops more of a flow from being placed, read from the solved model: the rows
/// the flow could use priced with their duals (see `OverflowReasons.swift`).
public enum YardOverflowReason: String, Sendable, Hashable, CaseIterable {
    /// The blocks it could use are full (`capacity_teu × max_fill`).
    case capacity
    /// Their reefer plugs are taken.
    case plugs
    /// Dangerous goods: the hazardous blocks cannot take it where others could.
    case hazardousBlocks = "hazardous blocks"
    /// Yard equipment cannot move it in or out in time (`moves_per_period`).
    case moves
    /// The flow already uses its `max_blocks` blocks while another block has room.
    case maxBlocks = "max_blocks"
    /// Another block has room, but less than the flow's `min_teu_per_block`.
    case minTEUPerBlock = "min_teu_per_block"
    /// Room exists, but driving it there costs more than its overflow penalty.
    case penalty
}

/// Stored TEU of one block in one period.
public struct YardOccupancy: Sendable, Hashable {
    public var block: String
    public var period: Int
    /// Hours after the horizon's start at which the period begins.
    public var periodStartHours: Double
    /// Initial stock plus the flows present.
    public var teu: Double
    /// `teu / capacity_teu` (0 for a block of no capacity).
    public var fill: Double
    /// Container moves in + out (TEU / `teu_per_move`).
    public var moves: Double
    /// `moves / moves_per_period`.
    public var equipmentUtilisation: Double
}

/// The plan's key figures.
public struct YardKPIs: Sendable, Hashable {
    /// Σ TEU placed × (distance from + distance to) / 1000.
    public var teuKm: Double
    /// The highest `fill` of any block in any period.
    public var peakFill: Double
    /// The highest equipment utilisation (moves / moves_per_period) of any block and period.
    public var peakEquipmentUtilisation: Double
    public var placedTEU: Double
    public var overflowTEU: Double
}

/// The size of the model solved.
public struct YardModelSize: Sendable, Hashable {
    public var rows: Int
    public var columns: Int
    public var nonzeros: Int
    public var integerColumns: Int

    init(_ model: Model) {
        rows = model.rowCount
        columns = model.columnCount
        nonzeros = model.nonzeroCount
        integerColumns = model.integerColumnCount
    }
}
