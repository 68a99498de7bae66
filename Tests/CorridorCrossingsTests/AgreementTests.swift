// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorCrossings
import CorridorLP
import CorridorTestSupport
import Testing

/// Seeded random small problems: the network path, the MIP path and a second, unaggregated
/// formulation (one variable per request, checkpoint and slot) reach the same optimum, and every
/// plan passes the independent checker.
@Suite("Crossings: paths and formulations agree")
struct AgreementTests {
    static func random(seed: UInt64, classes: Bool, lanePlanning: Bool = false) -> CrossingsProblem {
        var rng = SeededGenerator(seed: seed)
        let ids = ["a", "b", "c"]
        let hoursChoices: [[OpeningInterval]?] = [
            nil, [OpeningInterval("09:00", "13:00")!, OpeningInterval("14:00", "19:00")!],
            [OpeningInterval("22:00", "03:00")!], [OpeningInterval("06:30", "24:00")!],
        ]
        let checkpoints = ids.map { id in
            var checkpoint = Checkpoint(
                id: id, lanes: .fixed(Int.random(in: 1...2, using: &rng)),
                minutesPerTruck: [12, 20, 30].randomElement(using: &rng)!,
                dailyCap: Bool.random(using: &rng) ? Int.random(in: 2...8, using: &rng) : nil,
                offsetSeconds: [nil, 8 * 3600, 3 * 3600 + 1800].randomElement(using: &rng)!,
                hours: hoursChoices.randomElement(using: &rng)!,
                closed: Bool.random(using: &rng) ? [LocalDate(2026, 12, 2)] : [])
            if classes { checkpoint.minutesByClass = [.hazardous: 25, .empty: 6, .perishable: 10] }
            if lanePlanning, id == "a" {
                checkpoint.lanes = .planned(min: 0, max: 3)
                checkpoint.laneHourCost = [0, 0.5, 2].randomElement(using: &rng)!
                checkpoint.laneHoursPerDay = [nil, 30, 50].randomElement(using: &rng)!
            }
            return checkpoint
        }
        let requests = (0..<Int.random(in: 3...7, using: &rng)).map { number in
            let allowed = ids.filter { _ in Bool.random(using: &rng) }
            return TruckRequest(
                id: "R\(number)", trucks: Int.random(in: 1...6, using: &rng),
                cargo: classes ? CargoClass.allCases.randomElement(using: &rng)! : .general,
                ready: Double(Int.random(in: -8...30, using: &rng)) / 2,
                travelHours: Dictionary(uniqueKeysWithValues: ids.map { ($0, Double(Int.random(in: 0...8, using: &rng)) / 4) }),
                checkpoints: allowed.isEmpty ? nil : allowed,
                deadline: Bool.random(using: &rng) ? Double(Int.random(in: 5...40, using: &rng)) : nil)
        }
        return CrossingsProblem(
            horizon: CrossingsHorizon(date: LocalDate(2026, 12, 1), offsetHours: 5, hours: 36),
            slotMinutes: [60, 30, 120].randomElement(using: &rng)!,
            unservedPenaltyHours: [nil, 0, 12].randomElement(using: &rng)!,
            demandScale: [1, 1.5, 0.82].randomElement(using: &rng)!,
            checkpoints: checkpoints, requests: requests)
    }

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func networkMIPAndTriplesAgree(seed: UInt64) throws {
        let problem = Self.random(seed: seed, classes: false)
        let network = try solveChecked(problem, CrossingsOptions(method: .network))
        let simplex = try solveChecked(problem, CrossingsOptions(method: .network, networkAlgorithm: .simplex))
        let mip = try solveChecked(problem, CrossingsOptions(method: .mip))
        let triples = try #require(try tripleOptimum(problem))
        #expect(network.status == .optimal && mip.status == .optimal && simplex.status == .optimal)
        #expect(abs(simplex.objective! - triples) <= 1e-6 * max(1, abs(triples)))
        #expect(abs(network.objective! - triples) <= 1e-6 * max(1, abs(triples)))
        #expect(abs(mip.objective! - triples) <= 1e-6 * max(1, abs(triples)))
    }

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func classMinutesAgreeWithTriples(seed: UInt64) throws {
        let problem = Self.random(seed: 100 + seed, classes: true)
        let plan = try solveChecked(problem)
        let triples = try #require(try tripleOptimum(problem))
        #expect(plan.status == .optimal)
        #expect(abs(plan.objective! - triples) <= 1e-6 * max(1, abs(triples)))
        let cold = try solveChecked(problem, CrossingsOptions(roundedStart: false))
        #expect(abs(cold.objective! - triples) <= 1e-6 * max(1, abs(triples)))
    }

    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func lanePlanningAgreesWithTriples(seed: UInt64) throws {
        let problem = Self.random(seed: 200 + seed, classes: seed % 2 == 0, lanePlanning: true)
        guard problem.problems().isEmpty else { return }
        let plan = try solveChecked(problem)
        let triples = try #require(try tripleOptimum(problem))
        #expect(abs(plan.objective! - triples) <= 1e-6 * max(1, abs(triples)))
    }

    @Test func theCheckerCatchesABrokenPlan() throws {
        let problem = CrossingsProblem(
            horizon: horizon(4), checkpoints: [checkpoint(cap: 3)],
            requests: [TruckRequest(id: "A", trucks: 5, ready: 1)])
        let plan = try solveChecked(problem)
        var early = plan
        early.crossings[0].slot = 0
        early.crossings[0].slotStart = 0
        withKnownIssue { checkPlan(early, of: problem) }
        var extra = plan
        extra.crossings[0].trucks += 1
        withKnownIssue { checkPlan(extra, of: problem) }
        var cheaper = plan
        cheaper.objective! -= 1
        withKnownIssue { checkPlan(cheaper, of: problem) }
        var queue = plan
        queue.checkpoints[0].slots[2].queue += 1
        withKnownIssue { checkPlan(queue, of: problem) }
    }
}
