// SPDX-License-Identifier: GPL-3.0-or-later

/// A flow of containers through the yard: a vessel's import, a train's export, gate traffic.
public struct YardFlow: Sendable, Hashable, Identifiable {
    public var id: String
    /// TEU to store (multiplied by the problem's ``YardProblem/demandScale``).
    public var teu: Double
    /// Period index in which the flow enters the yard (its moves in count here).
    public var enters: Int
    /// Period index in which it leaves (exclusive, > `enters`); equal to the number of periods
    /// when it stays to the end. Its moves out count here when the period lies in the horizon.
    public var leaves: Int
    /// The point it comes from.
    public var from: String
    /// The point it goes to.
    public var to: String
    /// Needs reefer plugs (default false).
    public var reefer: Bool
    /// Dangerous goods: only hazardous blocks may hold it (default false).
    public var hazardous: Bool
    /// Spread over at most this many blocks (makes the model a MIP).
    public var maxBlocks: Int?
    /// A block used gets at least this many TEU (makes the model a MIP).
    public var minTEUPerBlock: Double?
    /// Cost per TEU of this flow not placed; `nil`: the problem's.
    public var overflowPenalty: Double?

    public init(
        id: String, teu: Double, enters: Int, leaves: Int, from: String, to: String,
        reefer: Bool = false, hazardous: Bool = false, maxBlocks: Int? = nil,
        minTEUPerBlock: Double? = nil, overflowPenalty: Double? = nil
    ) {
        self.id = id
        self.teu = teu
        self.enters = enters
        self.leaves = leaves
        self.from = from
        self.to = to
        self.reefer = reefer
        self.hazardous = hazardous
        self.maxBlocks = maxBlocks
        self.minTEUPerBlock = minTEUPerBlock
        self.overflowPenalty = overflowPenalty
    }

    /// Whether the flow is stored in `period` (`enters ≤ period < leaves`).
    public func isPresent(inPeriod period: Int) -> Bool { enters <= period && period < leaves }

    /// Whether the flow is moved in or out during `period` of a horizon of `periodCount`
    /// periods.
    public func moves(inPeriod period: Int, periodCount: Int) -> Bool {
        period == enters || (period == leaves && leaves < periodCount)
    }

    /// Whether `block` may hold this flow: dangerous goods only in hazardous blocks.
    public func mayUse(_ block: YardBlock) -> Bool { !hazardous || block.hazardous }
}
