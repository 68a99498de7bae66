// SPDX-License-Identifier: GPL-3.0-or-later

extension CrossingsProblem {
    /// Every bad value of the problem, in the order of the fields; empty when it can be solved.
    ///
    /// Bad values never reach the solver: NaN, negative capacities, unknown or duplicate ids,
    /// opening times outside a day, a lane-hour cap below what the fixed or minimum lanes need.
    public func problems() -> [CrossingsInputError.Problem] {
        var found = ProblemList()
        checkHorizon(&found)
        let ids = checkCheckpoints(&found)
        checkRequests(&found, checkpointIDs: ids)
        if found.items.isEmpty { checkLaneHourCaps(&found) }
        return found.items
    }

    /// Throws every problem at once, or returns when there is none.
    public func validate() throws(CrossingsInputError) {
        let problems = problems()
        if !problems.isEmpty { throw CrossingsInputError(problems: problems) }
    }

    private func checkHorizon(_ found: inout ProblemList) {
        let hours = horizon.hours
        if !(hours.isFinite && hours > 0) {
            found.add("horizon.hours", "must be a positive number of hours (got \(hours))",
                      "give the horizon's length, e.g. 72")
        }
        let start = horizon.startSecondsSinceEpoch
        if !start.isFinite || start.truncatingRemainder(dividingBy: 60) != 0 {
            found.add("horizon.start", "must fall on a whole minute",
                      "give a start such as 2026-12-01T00:00:00+05:00")
        }
        if horizon.offsetSeconds % 60 != 0 || abs(horizon.offsetSeconds) > 18 * 3600 {
            found.add("horizon.start", "has an offset that is not a whole minute within ±18:00",
                      "write the offset as ±HH:MM")
        }
        if slotMinutes <= 0 {
            found.add("slot_minutes", "must be a positive whole number of minutes (got \(slotMinutes))",
                      "use e.g. 60")
        } else if hours.isFinite, hours > 0 {
            let minutes = hours * 60
            if minutes != minutes.rounded() || Int(minutes) % slotMinutes != 0 {
                found.add("slot_minutes", "horizon.hours × 60 = \(format(minutes)) is not a multiple of \(slotMinutes)",
                          "choose a slot length that divides the horizon")
            }
        }
        if let penalty = unservedPenaltyHours, !(penalty.isFinite && penalty >= 0) {
            found.add("unserved_penalty_hours", "must be a number of hours ≥ 0 (got \(penalty))",
                      "give e.g. 72, or leave it out for horizon.hours")
        }
        if !(demandScale.isFinite && demandScale >= 0) {
            found.add("demand_scale", "must be a number ≥ 0 (got \(demandScale))",
                      "give e.g. 1.82 for 82 % more trucks")
        }
    }

    private func checkCheckpoints(_ found: inout ProblemList) -> Set<String> {
        var ids: Set<String> = []
        if checkpoints.isEmpty {
            found.add("checkpoints", "is empty", "give at least one checkpoint")
        }
        for (index, checkpoint) in checkpoints.enumerated() {
            let path = "checkpoints[\(index)]"
            if checkpoint.id.isEmpty {
                found.add("\(path).id", "is empty", "give the checkpoint an id")
            } else if !ids.insert(checkpoint.id).inserted {
                found.add("\(path).id", "\"\(checkpoint.id)\" is used twice", "give each checkpoint its own id")
            }
            switch checkpoint.lanes {
            case .fixed(let lanes):
                if lanes < 0 {
                    found.add("\(path).lanes", "must not be negative (got \(lanes))", "give a whole number of lanes ≥ 0")
                }
            case .planned(let low, let high):
                if low < 0 {
                    found.add("\(path).lanes.min", "must not be negative (got \(low))", "give a whole number ≥ 0")
                }
                if high < low {
                    found.add("\(path).lanes.max", "is below lanes.min (\(high) < \(low))", "give max ≥ min")
                }
            }
            if !(checkpoint.minutesPerTruck.isFinite && checkpoint.minutesPerTruck > 0) {
                found.add("\(path).minutes_per_truck", "must be a positive number of minutes (got \(checkpoint.minutesPerTruck))",
                          "give the lane minutes one truck takes, e.g. 12")
            }
            for cargo in checkpoint.minutesByClass.keys.sorted() {
                let minutes = checkpoint.minutesByClass[cargo]!
                if !(minutes.isFinite && minutes > 0) {
                    found.add("\(path).minutes_by_class.\(cargo.rawValue)", "must be a positive number of minutes (got \(minutes))",
                              "give the lane minutes one truck of this class takes")
                }
            }
            if let cap = checkpoint.dailyCap, cap < 0 {
                found.add("\(path).daily_cap", "must not be negative (got \(cap))", "give trucks per day ≥ 0, or leave it out")
            }
            if let offset = checkpoint.offsetSeconds, offset % 60 != 0 || abs(offset) > 18 * 3600 {
                found.add("\(path).timezone", "is not a whole-minute offset within ±18:00", "write it as \"+08:00\"")
            }
            for (number, interval) in (checkpoint.hours ?? []).enumerated() {
                for (end, minute) in [(0, interval.fromMinute), (1, interval.toMinute)] where !(0...1440).contains(minute) {
                    found.add("\(path).hours[\(number)][\(end)]", "is not a time of day (minute \(minute))",
                              "write \"HH:MM\" from \"00:00\" to \"24:00\"")
                }
            }
            for (number, date) in checkpoint.closed.enumerated() where !date.isValid {
                found.add("\(path).closed[\(number)]", "\(date) is not a date", "write YYYY-MM-DD")
            }
            if !(checkpoint.laneHourCost.isFinite && checkpoint.laneHourCost >= 0) {
                found.add("\(path).lane_hour_cost", "must be a number ≥ 0 (got \(checkpoint.laneHourCost))",
                          "give weighted truck-hours per lane-hour, or leave it out for 0")
            }
            if let cap = checkpoint.laneHoursPerDay, !(cap.isFinite && cap >= 0) {
                found.add("\(path).lane_hours_per_day", "must be a number ≥ 0 (got \(cap))",
                          "give lane-hours per day, or leave it out for no cap")
            }
        }
        return ids
    }

    private func checkRequests(_ found: inout ProblemList, checkpointIDs ids: Set<String>) {
        var requestIDs: Set<String> = []
        let known = checkpoints.map(\.id).joined(separator: ", ")
        for (index, request) in requests.enumerated() {
            let path = "requests[\(index)]"
            if request.id.isEmpty {
                found.add("\(path).id", "is empty", "give the request an id")
            } else if !requestIDs.insert(request.id).inserted {
                found.add("\(path).id", "\"\(request.id)\" is used twice", "give each request its own id")
            }
            if request.trucks < 0 {
                found.add("\(path).trucks", "must not be negative (got \(request.trucks))", "give a whole number of trucks ≥ 0")
            }
            if !request.ready.isFinite {
                found.add("\(path).ready", "is not a time", "give an ISO-8601 time or hours after the horizon's start")
            } else if horizon.hours.isFinite, request.ready > horizon.hours {
                found.add("\(path).ready", "lies after the horizon's end (\(format(request.ready)) h > \(format(horizon.hours)) h)",
                          "leave out requests that are not ready within the horizon")
            }
            for key in request.travelHours.keys.sorted() {
                let hours = request.travelHours[key]!
                if !ids.contains(key) {
                    found.add("\(path).travel_hours.\(key)", "no checkpoint \"\(key)\"", "the checkpoints are \(known)")
                } else if !(hours.isFinite && hours >= 0) {
                    found.add("\(path).travel_hours.\(key)", "must be a number of hours ≥ 0 (got \(hours))", "give the driving time")
                }
            }
            if let allowed = request.checkpoints {
                if allowed.isEmpty {
                    found.add("\(path).checkpoints", "is empty", "list at least one checkpoint, or leave it out for all")
                }
                var seen: Set<String> = []
                for (number, id) in allowed.enumerated() {
                    if !ids.contains(id) {
                        found.add("\(path).checkpoints[\(number)]", "no checkpoint \"\(id)\"", "the checkpoints are \(known)")
                    } else if !seen.insert(id).inserted {
                        found.add("\(path).checkpoints[\(number)]", "\"\(id)\" is listed twice", "list each checkpoint once")
                    }
                }
            }
            if let weight = request.weight, !(weight.isFinite && weight >= 0) {
                found.add("\(path).weight", "must be a number ≥ 0 (got \(weight))", "give e.g. 3, or leave it out for the class's default")
            }
            if let deadline = request.deadline, !deadline.isFinite {
                found.add("\(path).deadline", "is not a time", "give an ISO-8601 time or hours after the horizon's start")
            }
            if let penalty = request.unservedPenaltyHours, !(penalty.isFinite && penalty >= 0) {
                found.add("\(path).unserved_penalty_hours", "must be a number of hours ≥ 0 (got \(penalty))", "give e.g. 72")
            }
        }
    }

    /// `lane_hours_per_day` against the lanes a day must open: the fixed lanes, or `lanes.min`.
    private func checkLaneHourCaps(_ found: inout ProblemList) {
        let calendar = SlotCalendar(self)
        for (index, checkpoint) in checkpoints.enumerated() {
            guard let cap = checkpoint.laneHoursPerDay else { continue }
            let table = calendar.checkpoints[index]
            for (day, slots) in table.slotsByDay where !slots.isEmpty {
                let openHours = slots.reduce(0.0) { $0 + Double(table.openMinutes[$1]) } / 60
                let needed = Double(checkpoint.lanes.minimum) * openHours
                guard needed > cap + 1e-9 else { continue }
                let date = LocalDate(daysSinceEpoch: day)
                let what = checkpoint.lanes.isPlanned
                    ? "lanes.min × open hours on \(date) = \(checkpoint.lanes.minimum) × \(format(openHours)) = \(format(needed)) lane-hours is above the cap \(format(cap))"
                    : "the fixed \(checkpoint.lanes.minimum) lanes × open hours on \(date) = \(format(needed)) lane-hours is above the cap \(format(cap))"
                found.add("checkpoints[\(index)].lane_hours_per_day", what,
                          checkpoint.lanes.isPlanned ? "raise the cap or lower lanes.min" : "raise the cap or open fewer lanes")
            }
        }
    }
}

/// The problems found so far, in order.
struct ProblemList {
    var items: [CrossingsInputError.Problem] = []

    mutating func add(_ path: String, _ problem: String, _ remedy: String) {
        items.append(CrossingsInputError.Problem(path: path, problem: problem, remedy: remedy))
    }
}

/// A number as a planner writes it: no trailing `.0`, at most 6 decimals.
func format(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    var text = String(value)
    if text.count > 12, let rounded = Double(String(format6(value))) { text = String(rounded) }
    return text
}

private func format6(_ value: Double) -> String {
    let scaled = (value * 1e6).rounded() / 1e6
    return String(scaled)
}
