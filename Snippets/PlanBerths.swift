// Which berth, and when, for four vessel calls at two berths: a problem built in Swift, solved
// exactly, and its plan read as values. Times are hours after the horizon's start.
import CorridorBerth

let problem = BerthProblem(
    horizonHours: 48,
    berths: [
        Berth(id: "CT1", lengthM: 150, depthM: 6.5, movesPerHour: 30),
        // CT2 is shallower and closes for maintenance from hour 24.
        Berth(
            id: "CT2", lengthM: 120, depthM: 5.5, movesPerHour: 25,
            available: [HourWindow(from: 0, to: 24)]),
    ],
    vessels: [
        Vessel(id: "BARYS", eta: 2, moves: 300, lengthM: 141, draftM: 5.9),
        Vessel(id: "TULPAR", eta: 3, moves: 150, lengthM: 110, draftM: 4.8),
        // The ferry's hours count three times: it is planned first.
        Vessel(id: "FERRY", eta: 4, handlingHours: .everywhere(6), weight: 3, draftM: 4.5),
        // Deeper than any berth: the plan says so instead of failing.
        Vessel(id: "DEEP", eta: 1, moves: 200, draftM: 7.1),
    ])

do {
    let result = try problem.solve(options: BerthSolveOptions(timeLimit: .seconds(30)))
    print("status: \(result.status), objective: \(result.objective ?? .nan)")
    for call in result.plan?.assignments ?? [] {
        print("\(call.vessel) at \(call.berth): hours \(call.startHours)–\(call.finishHours), waits \(call.waitHours)")
    }
    for vessel in result.plan?.unserved ?? [] {
        print("\(vessel.vessel) unserved: \(vessel.reason)")
    }
} catch {
    print("cannot plan: \(error)")
}

// snippet.hide
// SPDX-License-Identifier: GPL-3.0-or-later
