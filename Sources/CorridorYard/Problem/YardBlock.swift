// SPDX-License-Identifier: GPL-3.0-or-later

/// One yard block: a stacking area with its own capacity, reefer plugs and equipment.
public struct YardBlock: Sendable, Hashable, Identifiable {
    public var id: String
    /// Ground slots × tiers, in TEU.
    public var capacityTEU: Double
    /// Operational fill limit in (0, 1] (default 0.85): beyond it, reshuffles make the block
    /// unworkable, so stored TEU ≤ `capacityTEU × maxFill`.
    public var maxFill: Double
    /// TEU of reefer capacity (default 0).
    public var reeferPlugs: Double
    /// Whether the block may hold dangerous goods (default false).
    public var hazardous: Bool
    /// Yard equipment capacity: container moves in plus out per period (> 0).
    public var movesPerPeriod: Double
    /// Driving distance in metres from this block to each point (required for every point).
    public var distanceMeters: [String: Double]
    /// TEU already stored at the start (ordinary cargo, neither reefer nor hazardous; default 0).
    public var initialTEU: Double
    /// The period in which the initial stock leaves; `nil`: it stays throughout. A value equal
    /// to the number of periods also means it stays (and its moves out fall after the horizon).
    public var initialLeaves: Int?

    public init(
        id: String, capacityTEU: Double, maxFill: Double = 0.85, reeferPlugs: Double = 0,
        hazardous: Bool = false, movesPerPeriod: Double, distanceMeters: [String: Double],
        initialTEU: Double = 0, initialLeaves: Int? = nil
    ) {
        self.id = id
        self.capacityTEU = capacityTEU
        self.maxFill = maxFill
        self.reeferPlugs = reeferPlugs
        self.hazardous = hazardous
        self.movesPerPeriod = movesPerPeriod
        self.distanceMeters = distanceMeters
        self.initialTEU = initialTEU
        self.initialLeaves = initialLeaves
    }

    /// The most TEU the block may store: `capacityTEU × maxFill`.
    public var usableTEU: Double { capacityTEU * maxFill }

    /// The initial stock stored in `period` (it is there in periods `0 ..< initialLeaves`).
    public func initialStock(inPeriod period: Int) -> Double {
        if let initialLeaves, period >= initialLeaves { return 0 }
        return initialTEU
    }

    /// TEU of initial stock moved out in `period` (only in `initialLeaves`, when inside the
    /// horizon of `periodCount` periods).
    public func initialTEULeaving(inPeriod period: Int, periodCount: Int) -> Double {
        guard let initialLeaves, initialLeaves == period, period < periodCount else { return 0 }
        return initialTEU
    }
}
