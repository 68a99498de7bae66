// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorBerth
import Testing

@Suite("The exact method against brute force")
struct BruteForceTests {
    /// A small, seeded generator (tests are reproducible).
    struct Generator {
        var state: UInt64
        mutating func next(_ range: ClosedRange<Int>) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return range.lowerBound + Int((state >> 33) % UInt64(range.count))
        }
    }

    static func randomProblem(seed: UInt64) -> BerthProblem {
        var g = Generator(state: seed)
        let horizon = Double(g.next(8...11))
        let berthCount = g.next(1...2)
        let berths = (0..<berthCount).map { k -> Berth in
            var berth = Berth(id: "B\(k)", depthM: g.next(0...2) == 0 ? 6 : nil)
            if g.next(0...2) == 0 {
                let cut = Double(g.next(2...5))
                berth.available = [HourWindow(from: 0, to: cut), HourWindow(from: cut + Double(g.next(1...2)), to: horizon)]
            }
            return berth
        }
        let vesselCount = g.next(2...4)
        let vessels = (0..<vesselCount).map { i -> Vessel in
            var vessel = Vessel(
                id: "V\(i)", eta: Double(g.next(-2...6)) + (g.next(0...3) == 0 ? 0.5 : 0),
                handlingHours: .everywhere(Double(g.next(1...4))), weight: Double(g.next(1...3)))
            if g.next(0...3) == 0 { vessel.draftM = 7 }
            if g.next(0...3) == 0 { vessel.latestDeparture = Double(g.next(3...12)) }
            if g.next(0...2) == 0 {
                vessel.due = Double(g.next(2...9))
                vessel.tardinessWeight = Double(g.next(1...4))
            }
            if g.next(0...3) == 0 { vessel.unservedPenalty = Double(g.next(0...10)) }
            if berthCount == 2, g.next(0...3) == 0 { vessel.handlingHours = .perBerth(["B0": Double(g.next(1...3)), "B1": Double(g.next(2...5))]) }
            return vessel
        }
        return BerthProblem(horizonHours: horizon, berths: berths, vessels: vessels)
    }

    @Test("60 seeded random problems: the optimum equals the best of every plan", arguments: 1...60)
    func random(seed: Int) throws {
        let problem = Self.randomProblem(seed: UInt64(seed) &* 0x9E3779B97F4A7C15)
        let result = try solveChecked(problem)
        #expect(result.status == .optimal)
        let best = BruteForce.optimum(problem)
        #expect(best != nil)
        if let best, let objective = result.objective {
            #expect(abs(best - objective) < 1e-6, "brute force \(best), model \(objective)")
        }
    }
}
