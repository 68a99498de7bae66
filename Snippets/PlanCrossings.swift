// Which checkpoint and which hour for each booked group of trucks: two road checkpoints with
// Beijing-time opening hours and a daily cap, built in Swift and solved on the network path.
import CorridorCrossings

// One day from midnight Kazakhstan time (UTC+5), hourly slots; the checkpoints keep Beijing time.
let horizon = CrossingsHorizon(date: LocalDate(2026, 12, 7), offsetHours: 5, hours: 24)
let beijing = 8 * 3600
let problem = CrossingsProblem(
    horizon: horizon,
    checkpoints: [
        Checkpoint(
            id: "NZH", name: "Nur Zholy–Khorgos", lanes: .fixed(2), minutesPerTruck: 20,
            dailyCap: 40, offsetSeconds: beijing,
            hours: [OpeningInterval("09:00", "18:00")!]),
        Checkpoint(
            id: "BKT", name: "Bakhty", lanes: .fixed(1), minutesPerTruck: 30,
            offsetSeconds: beijing, hours: [OpeningInterval("10:00", "17:00")!]),
    ],
    requests: [
        TruckRequest(id: "R1", trucks: 30, ready: 0, travelHours: ["NZH": 1, "BKT": 5]),
        TruckRequest(id: "R2", trucks: 12, cargo: .perishable, ready: 2, travelHours: ["NZH": 2, "BKT": 3]),
        TruckRequest(id: "R3", trucks: 20, ready: 4, travelHours: ["BKT": 1], checkpoints: ["BKT"]),
    ])

do {
    let plan = try problem.solve()
    print("status: \(plan.status) on the \(plan.path.rawValue) path, objective: \(plan.objective ?? .nan)")
    for crossing in plan.crossings {
        print("\(crossing.request): \(crossing.trucks) trucks at \(crossing.checkpoint), slot \(crossing.slot), wait \(crossing.waitHours) h")
    }
    for group in plan.unserved {
        print("\(group.request): \(group.trucks) trucks unserved — \(group.reason.explanation)")
    }
    print("mean wait \(plan.kpis.meanWaitHours) h, p95 \(plan.kpis.p95WaitHours) h")
} catch {
    print("cannot plan: \(error)")
}

// snippet.hide
// SPDX-License-Identifier: GPL-3.0-or-later
