// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

/// A balanced-enough transportation LP, generated from a seed so that the Swift suite, the C
/// baseline (`Baseline/load_matrix.c`) and the PuLP script (`Baseline/pulp_build.py`) build the
/// same numbers: `supplies × markets` arcs (columns), one `≤ supply` row per supply and one
/// `≥ demand` row per market, so `2 × supplies × markets` nonzeros (every arc is in two rows).
///
///     minimise   Σ cost[i][j] x[i][j]
///     subject to Σ_j x[i][j] ≤ supply[i]   (row i,          i = 1…supplies)
///                Σ_i x[i][j] ≥ demand[j]   (row supplies+j, j = 1…markets)
///                x ≥ 0
///
/// Arc `(i, j)` is column `i × markets + j + 1` (1-based, as GLPK counts). The data generator is
/// the same 64-bit LCG in all three languages; see ``TransportationData``.
public struct TransportationData: Sendable {
    public let supplies: Int
    public let markets: Int
    public let supply: [Double]
    public let demand: [Double]
    /// Row-major: `cost[i * markets + j]`.
    public let cost: [Double]

    public var arcs: Int { supplies * markets }
    public var nonzeros: Int { 2 * arcs }
    public var rows: Int { supplies + markets }

    /// Integer data from a 64-bit linear congruential generator (Knuth's MMIX constants), so that
    /// C and Python reproduce it bit for bit: cost in 1…100, demand in 10…59, and each supply
    /// `ceil(1.2 × total demand / supplies)` plus 0…9.
    public init(supplies: Int, markets: Int, seed: UInt64 = 2024) {
        precondition(supplies > 0 && markets > 0)
        self.supplies = supplies
        self.markets = markets
        var state = seed
        func next(_ modulus: UInt64) -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double((state >> 33) % modulus)
        }
        var cost = [Double](repeating: 0, count: supplies * markets)
        for index in cost.indices { cost[index] = 1 + next(100) }
        var demand = [Double](repeating: 0, count: markets)
        for j in demand.indices { demand[j] = 10 + next(50) }
        let total = demand.reduce(0, +)
        let base = (1.2 * total / Double(supplies)).rounded(.up)
        var supply = [Double](repeating: 0, count: supplies)
        for i in supply.indices { supply[i] = base + next(10) }
        self.cost = cost
        self.demand = demand
        self.supply = supply
    }

    /// The sizes used by the suite and the figures: 10k, 100k and 1M nonzeros.
    public static func sized(nonzeros: Int) -> TransportationData {
        switch nonzeros {
        case 10_000: TransportationData(supplies: 50, markets: 100)
        case 100_000: TransportationData(supplies: 200, markets: 250)
        case 1_000_000: TransportationData(supplies: 500, markets: 1_000)
        default: fatalError("no model with \(nonzeros) nonzeros")
        }
    }
}

extension TransportationData {
    /// Builds the model with Corridor's fast path: one `addVariables` call, one
    /// `setObjectiveCoefficient` per arc, one `addConstraint(_:_:terms:)` per row.
    ///
    /// Columns and rows are unnamed (`named: false`) so that the model holds the same data as the
    /// C baseline's arrays; with `named: true` columns are `x[k]` and rows `s[i]`/`d[j]`.
    public func buildModel(named: Bool = false) throws -> Model {
        var model = Model(name: "transport")
        model.reserveCapacity(rows: rows, nonzeros: nonzeros)
        let x = try model.addVariables(count: arcs, prefix: named ? "x" : "")
        try model.setObjectiveCoefficients(cost, of: x)
        for i in 0..<supplies {
            try model.addConstraint(named ? "s[\(i + 1)]" : "", .atMost(supply[i])) { row in
                let first = i * markets
                for j in 0..<markets { row.add(1, x[first + j]) }
            }
        }
        for j in 0..<markets {
            try model.addConstraint(named ? "d[\(j + 1)]" : "", .atLeast(demand[j])) { row in
                for i in 0..<supplies { row.add(1, x[i * markets + j]) }
            }
        }
        return model
    }
}
