// Where in the yard each container flow is stored, and how much more traffic the yard can take:
// a problem built in Swift, solved as a linear program, then its capacity what-if.
import CorridorYard

// Two 12-hour periods a day for two days; distances in metres from each block to each point.
let problem = YardProblem(
    horizonHours: 48,
    points: ["quay", "rail"],
    blocks: [
        YardBlock(
            id: "A1", capacityTEU: 400, movesPerPeriod: 200,
            distanceMeters: ["quay": 300, "rail": 900]),
        YardBlock(
            id: "B1", capacityTEU: 400, reeferPlugs: 40, movesPerPeriod: 200,
            distanceMeters: ["quay": 700, "rail": 400]),
    ],
    flows: [
        // A feeder's boxes arrive at the quay in period 0 and leave by rail in period 2.
        YardFlow(id: "FEEDER-IN", teu: 300, enters: 0, leaves: 2, from: "quay", to: "rail"),
        // A train from China: its reefers need plugs.
        YardFlow(id: "TRAIN-REEFER", teu: 30, enters: 1, leaves: 3, from: "rail", to: "quay", reefer: true),
        YardFlow(id: "TRAIN-DRY", teu: 250, enters: 1, leaves: 3, from: "rail", to: "quay"),
    ])

do {
    let plan = try problem.solve()
    print("status: \(plan.status), objective: \(plan.objective ?? .nan)")
    for placement in plan.placements {
        print("\(placement.flow) → \(placement.block): \(placement.teu) TEU")
    }
    for item in plan.overflow {
        print("\(item.flow): \(item.teu) TEU not placed (\(item.reason.rawValue))")
    }
    let capacity = try problem.capacity()
    print("largest demand scale without overflow: \(capacity.demandScaleMax ?? .infinity)")
} catch {
    print("cannot plan: \(error)")
}

// snippet.hide
// SPDX-License-Identifier: GPL-3.0-or-later
