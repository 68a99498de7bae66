// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorCrossings
import CorridorLP

/// A second formulation, straight from the rules with no aggregation: one integer variable per
/// eligible (request, checkpoint, slot), one per request's unserved trucks, one per planned lane
/// count. Its optimum must equal the model's.
func tripleOptimum(_ problem: CrossingsProblem) throws -> Double? {
    let calendar = IndependentCalendar(problem)
    let H = problem.horizon.hours
    var model = Model(name: "triples")
    var objective = LinearExpression()
    var used: [[LinearExpression]] = problem.checkpoints.map { _ in Array(repeating: LinearExpression(), count: calendar.slotCount) }
    var lanes: [[Variable?]] = problem.checkpoints.map { _ in Array(repeating: nil, count: calendar.slotCount) }
    var crossingsPerDay: [[LocalDate: LinearExpression]] = problem.checkpoints.map { _ in [:] }
    var constant = 0.0
    for (c, checkpoint) in problem.checkpoints.enumerated() {
        for slot in 0..<calendar.slotCount {
            let open = calendar.openMinutes(checkpoint, slot: slot)
            switch checkpoint.lanes {
            case .fixed(let count):
                constant += checkpoint.laneHourCost * Double(count * open) / 60
            case .planned(let low, let high):
                guard open > 0 else { continue }
                let lane = try model.addVariable(lower: Double(low), upper: Double(high), kind: .integer)
                lanes[c][slot] = lane
                objective += checkpoint.laneHourCost * Double(open) / 60 * lane
            }
        }
    }
    for request in problem.requests {
        let weight = independentWeight(request)
        let trucks = Double(independentTrucks(request, problem))
        let unserved = try model.addVariable(kind: .integer)
        let penalty = request.unservedPenaltyHours ?? problem.unservedPenaltyHours ?? H
        objective += weight * (H - request.ready + penalty) * unserved
        var all = LinearExpression(unserved)
        for (c, checkpoint) in problem.checkpoints.enumerated() {
            if let allowed = request.checkpoints, !allowed.contains(checkpoint.id) { continue }
            let arrival = request.ready + (request.travelHours[checkpoint.id] ?? 0)
            for slot in 0..<calendar.slotCount {
                let start = Double(slot) * calendar.slotHours
                guard start >= arrival - 1e-9, start <= (request.deadline ?? .infinity) + 1e-9 else { continue }
                let x = try model.addVariable(kind: .integer)
                all += x
                objective += weight * (start - request.ready) * x
                used[c][slot] += (checkpoint.minutesByClass[request.cargo] ?? checkpoint.minutesPerTruck) * x
                crossingsPerDay[c][calendar.day(checkpoint, slot: slot), default: LinearExpression()] += x
            }
        }
        try model.addConstraint(all == trucks)
    }
    for (c, checkpoint) in problem.checkpoints.enumerated() {
        var laneHours: [LocalDate: LinearExpression] = [:]
        var fixedHours: [LocalDate: Double] = [:]
        for slot in 0..<calendar.slotCount {
            let open = Double(calendar.openMinutes(checkpoint, slot: slot))
            let date = calendar.day(checkpoint, slot: slot)
            if let lane = lanes[c][slot] {
                try model.addConstraint(used[c][slot] - open * lane <= 0)
                laneHours[date, default: LinearExpression()] += open / 60 * lane
            } else {
                try model.addConstraint(used[c][slot] <= Double(checkpoint.lanes.maximum) * open)
                fixedHours[date, default: 0] += Double(checkpoint.lanes.maximum) * open / 60
            }
        }
        if let cap = checkpoint.dailyCap {
            for (_, expression) in crossingsPerDay[c] { try model.addConstraint(expression <= Double(cap)) }
        }
        if let cap = checkpoint.laneHoursPerDay {
            for (_, expression) in laneHours { try model.addConstraint(expression <= cap) }
        }
    }
    try model.minimize(objective + constant)
    let solution = try GLPKSolver().solve(model)
    return solution.status == .optimal ? solution.objective : nil
}
