// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorCrossings
import CorridorLP
import Foundation
import Testing

/// An independent check of a plan against the rules, written from the model's description and
/// not from the formulation: local times come from Foundation's calendar, capacities are
/// recounted minute by minute, and the objective is recomputed from the plan's crossings.
///
/// Returns the recomputed objective. Every violated rule is an `Issue`.
@discardableResult
func checkPlan(
    _ plan: CrossingsPlan, of problem: CrossingsProblem,
    sourceLocation: SourceLocation = #_sourceLocation
) -> Double {
    func fail(_ text: String) { Issue.record(Comment(rawValue: text), sourceLocation: sourceLocation) }
    guard plan.status == .optimal || plan.status == .feasible, let objective = plan.objective else {
        fail("no plan: \(plan.status) \(plan.message)")
        return .nan
    }
    let H = problem.horizon.hours
    let slotHours = Double(problem.slotMinutes) / 60
    let slotCount = Int((H * 60).rounded()) / problem.slotMinutes
    let requests = Dictionary(uniqueKeysWithValues: problem.requests.map { ($0.id, $0) })
    let checkpoints = Dictionary(uniqueKeysWithValues: problem.checkpoints.map { ($0.id, $0) })

    let calendar = IndependentCalendar(problem)
    func openMinutes(_ checkpoint: Checkpoint, slot: Int) -> Int { calendar.openMinutes(checkpoint, slot: slot) }
    func day(_ checkpoint: Checkpoint, slot: Int) -> LocalDate { calendar.day(checkpoint, slot: slot) }

    // Every truck crosses exactly once or is unserved; whole trucks.
    var crossed: [String: Int] = [:]
    var unserved: [String: Int] = [:]
    for item in plan.unserved {
        if item.trucks <= 0 { fail("unserved \(item.request): \(item.trucks) trucks") }
        unserved[item.request, default: 0] += item.trucks
    }
    var recomputed = 0.0
    var used: [String: [Int: Double]] = [:]
    var perDay: [String: [LocalDate: Int]] = [:]
    for crossing in plan.crossings {
        guard let request = requests[crossing.request], let checkpoint = checkpoints[crossing.checkpoint] else {
            fail("crossing names an unknown request or checkpoint: \(crossing)")
            continue
        }
        if crossing.trucks <= 0 { fail("crossing with \(crossing.trucks) trucks: \(crossing)") }
        crossed[request.id, default: 0] += crossing.trucks
        let start = Double(crossing.slot) * slotHours
        if abs(crossing.slotStart - start) > 1e-9 { fail("slot start \(crossing.slotStart) ≠ \(start)") }
        // Slot eligibility.
        if !(0..<slotCount).contains(crossing.slot) { fail("slot \(crossing.slot) outside the horizon") }
        if let allowed = request.checkpoints, !allowed.contains(checkpoint.id) {
            fail("\(request.id) crosses at \(checkpoint.id), not allowed")
        }
        let arrival = request.ready + (request.travelHours[checkpoint.id] ?? 0)
        if start < arrival - 1e-9 { fail("\(request.id) crosses at \(start) before arriving at \(arrival)") }
        if let deadline = request.deadline, start > deadline + 1e-9 {
            fail("\(request.id) crosses at \(start) after its deadline \(deadline)")
        }
        if abs(crossing.waitHours - (start - arrival)) > 1e-9 { fail("wait of \(crossing) is not start − arrival") }
        let minutes = checkpoint.minutesByClass[request.cargo] ?? checkpoint.minutesPerTruck
        used[checkpoint.id, default: [:]][crossing.slot, default: 0] += minutes * Double(crossing.trucks)
        perDay[checkpoint.id, default: [:]][day(checkpoint, slot: crossing.slot), default: 0] += crossing.trucks
        let weight = independentWeight(request)
        recomputed += weight * Double(crossing.trucks) * (start - request.ready)
    }
    for request in problem.requests {
        let scaled = independentTrucks(request, problem)
        let total = (crossed[request.id] ?? 0) + (unserved[request.id] ?? 0)
        if total != scaled { fail("\(request.id): \(total) trucks planned, \(scaled) requested") }
        let weight = independentWeight(request)
        let penalty = request.unservedPenaltyHours ?? problem.unservedPenaltyHours ?? H
        recomputed += weight * Double(unserved[request.id] ?? 0) * (H - request.ready + penalty)
    }

    // Lanes, lane minutes per slot, daily caps, lane hours and their cost.
    for checkpoint in problem.checkpoints {
        guard let schedule = plan.checkpoints.first(where: { $0.checkpoint == checkpoint.id }) else {
            fail("no schedule for \(checkpoint.id)")
            continue
        }
        var laneHours: [LocalDate: Double] = [:]
        for slot in 0..<slotCount {
            let open = openMinutes(checkpoint, slot: slot)
            let row = schedule.slots[slot]
            if row.openMinutes != open { fail("\(checkpoint.id) slot \(slot): \(row.openMinutes) open minutes, counted \(open)") }
            switch checkpoint.lanes {
            case .fixed(let lanes):
                if row.lanes != (open > 0 ? lanes : 0) { fail("\(checkpoint.id) slot \(slot): \(row.lanes) lanes") }
            case .planned(let low, let high):
                if open > 0 ? !(low...high).contains(row.lanes) : row.lanes != 0 {
                    fail("\(checkpoint.id) slot \(slot): \(row.lanes) lanes outside \(low)...\(high)")
                }
            }
            let minutes = used[checkpoint.id]?[slot] ?? 0
            if minutes > Double(row.lanes * open) + 1e-6 {
                fail("\(checkpoint.id) slot \(slot): \(minutes) lane minutes > \(row.lanes) × \(open)")
            }
            let hours = Double(row.lanes * open) / 60
            laneHours[day(checkpoint, slot: slot), default: 0] += hours
            recomputed += checkpoint.laneHourCost * hours
        }
        if let cap = checkpoint.dailyCap {
            for (date, trucks) in perDay[checkpoint.id] ?? [:] where trucks > cap {
                fail("\(checkpoint.id) on \(date): \(trucks) trucks > cap \(cap)")
            }
        }
        if let cap = checkpoint.laneHoursPerDay {
            for (date, hours) in laneHours where hours > cap + 1e-6 {
                fail("\(checkpoint.id) on \(date): \(hours) lane-hours > \(cap)")
            }
        }
        // Queue: trucks assigned here, arrived by the slot's start, crossing now or later.
        for slot in 0..<slotCount {
            let start = Double(slot) * slotHours
            let queue = plan.crossings.filter { crossing in
                guard crossing.checkpoint == checkpoint.id, crossing.slot >= slot, let request = requests[crossing.request] else { return false }
                return request.ready + (request.travelHours[checkpoint.id] ?? 0) <= start + 1e-9
            }.reduce(0) { $0 + $1.trucks }
            if schedule.slots[slot].queue != queue { fail("\(checkpoint.id) slot \(slot): queue \(schedule.slots[slot].queue), counted \(queue)") }
        }
    }

    // KPIs.
    let waits = plan.crossings.flatMap { Array(repeating: $0.waitHours, count: $0.trucks) }.sorted()
    if plan.kpis.trucksCrossed != waits.count { fail("KPI trucks crossed \(plan.kpis.trucksCrossed) ≠ \(waits.count)") }
    if !waits.isEmpty {
        let mean = waits.reduce(0, +) / Double(waits.count)
        let p95 = waits[Int((0.95 * Double(waits.count)).rounded(.up)) - 1]
        if abs(plan.kpis.meanWaitHours - mean) > 1e-9 { fail("mean wait \(plan.kpis.meanWaitHours) ≠ \(mean)") }
        if abs(plan.kpis.p95WaitHours - p95) > 1e-9 { fail("p95 wait \(plan.kpis.p95WaitHours) ≠ \(p95)") }
        if abs(plan.kpis.maxWaitHours - waits.last!) > 1e-9 { fail("max wait \(plan.kpis.maxWaitHours) ≠ \(waits.last!)") }
    }

    if abs(recomputed - objective) > 1e-6 * max(1, abs(objective)) {
        fail("objective \(objective), recomputed from the plan \(recomputed)")
    }
    return recomputed
}
