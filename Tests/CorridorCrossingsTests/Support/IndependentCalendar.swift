// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorCrossings
import CorridorLP
import Foundation

/// Open minutes and local days of slots, counted minute by minute with Foundation's calendar in
/// each checkpoint's fixed offset: a second reading of the rules, sharing no code with the model.
struct IndependentCalendar {
    let problem: CrossingsProblem
    var slotHours: Double { Double(problem.slotMinutes) / 60 }
    var slotCount: Int { Int((problem.horizon.hours * 60).rounded()) / problem.slotMinutes }

    init(_ problem: CrossingsProblem) { self.problem = problem }

    func local(_ seconds: Double, offset: Int) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offset)!
        return calendar.dateComponents(
            [.year, .month, .day, .hour, .minute], from: Date(timeIntervalSince1970: seconds))
    }

    func offset(of checkpoint: Checkpoint) -> Int { checkpoint.offsetSeconds ?? problem.horizon.offsetSeconds }

    func instant(hours: Double) -> Double { problem.horizon.startSecondsSinceEpoch + hours * 3600 }

    func openMinutes(_ checkpoint: Checkpoint, slot: Int) -> Int {
        var open = 0
        for minute in 0..<problem.slotMinutes {
            let parts = local(instant(hours: Double(slot) * slotHours) + Double(minute) * 60, offset: offset(of: checkpoint))
            if checkpoint.closed.contains(LocalDate(parts.year!, parts.month!, parts.day!)) { continue }
            let m = parts.hour! * 60 + parts.minute!
            let inside =
                checkpoint.hours.map { intervals in
                    intervals.contains { i in
                        i.toMinute > i.fromMinute
                            ? (m >= i.fromMinute && m < i.toMinute) : (m >= i.fromMinute || m < i.toMinute)
                    }
                } ?? true
            if inside { open += 1 }
        }
        return open
    }

    func day(_ checkpoint: Checkpoint, slot: Int) -> LocalDate {
        let parts = local(instant(hours: Double(slot) * slotHours), offset: offset(of: checkpoint))
        return LocalDate(parts.year!, parts.month!, parts.day!)
    }
}

func independentWeight(_ request: TruckRequest) -> Double {
    request.weight ?? ["perishable": 3, "empty": 0.5][request.cargo.rawValue] ?? 1
}

func independentTrucks(_ request: TruckRequest, _ problem: CrossingsProblem) -> Int {
    Int((Double(request.trucks) * problem.demandScale).rounded(.toNearestOrAwayFromZero))
}
