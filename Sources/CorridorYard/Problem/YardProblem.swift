// SPDX-License-Identifier: GPL-3.0-or-later

/// Where in a container yard each container flow is stored: a problem built from plain values.
///
/// The horizon is cut into periods (shifts) of ``periodHours``; every time of the problem is a
/// period index (0-based). A flow stays in the blocks chosen for it from period `enters` to
/// `leaves − 1`; it is moved in during `enters` and out during `leaves` (when that period lies in
/// the horizon). Build one in Swift and call ``solve(options:using:)`` or
/// ``capacity(options:using:)``; ``validate()`` names the first bad value.
public struct YardProblem: Sendable, Hashable {
    /// Length of the planning horizon in hours; a whole multiple of ``periodHours``.
    public var horizonHours: Double
    /// Length of one period in hours (default 12: a shift).
    public var periodHours: Double
    /// TEU per container move (default 1.6: the 40 ft-heavy mix of the corridor).
    public var teuPerMove: Double
    /// Cost per TEU not placed, for flows without their own (default 1000).
    public var overflowPenalty: Double
    /// Weight of the sum over periods of the peak equipment utilisation (default 0).
    public var balanceWeight: Double
    /// Multiplies every flow's ``YardFlow/teu`` and nothing else (default 1).
    public var demandScale: Double
    /// Where containers enter and leave the yard (quays, gate, rail siding).
    public var points: [String]
    public var blocks: [YardBlock]
    public var flows: [YardFlow]

    public init(
        horizonHours: Double, periodHours: Double = 12, teuPerMove: Double = 1.6,
        overflowPenalty: Double = 1000, balanceWeight: Double = 0, demandScale: Double = 1,
        points: [String], blocks: [YardBlock], flows: [YardFlow]
    ) {
        self.horizonHours = horizonHours
        self.periodHours = periodHours
        self.teuPerMove = teuPerMove
        self.overflowPenalty = overflowPenalty
        self.balanceWeight = balanceWeight
        self.demandScale = demandScale
        self.points = points
        self.blocks = blocks
        self.flows = flows
    }

    /// The number of periods, `horizonHours / periodHours` (rounded: validation insists on a
    /// whole multiple).
    public var periodCount: Int {
        guard periodHours > 0, horizonHours.isFinite, periodHours.isFinite else { return 0 }
        return Int((horizonHours / periodHours).rounded())
    }

    /// Hours after the horizon's start at which `period` begins.
    public func startHours(ofPeriod period: Int) -> Double { Double(period) * periodHours }

    /// The TEU of `flow` this problem stores: its ``YardFlow/teu`` × ``demandScale``.
    public func scaledTEU(of flow: YardFlow) -> Double { flow.teu * demandScale }

    /// The overflow penalty of `flow`: its own, or the problem's.
    public func penalty(of flow: YardFlow) -> Double { flow.overflowPenalty ?? overflowPenalty }

    /// Whether any flow limits its number of blocks or its TEU per block, which makes the model a
    /// mixed-integer program.
    public var isMixedInteger: Bool {
        flows.contains { $0.maxBlocks != nil || $0.minTEUPerBlock != nil }
    }
}
