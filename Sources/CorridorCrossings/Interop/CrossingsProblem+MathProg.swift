// SPDX-License-Identifier: GPL-3.0-or-later

extension CrossingsProblem {
    /// The data section for `Models/crossings.mod`: requests, checkpoints, open minutes and local
    /// day of every slot (worked out in each checkpoint's zone), and the eligible (request,
    /// checkpoint, slot) triples. The twin solves to the same optimal objective as ``solve(_:using:)``.
    ///
    /// - Throws: ``CrossingsError/input(_:)`` for a problem with bad values.
    public func mathProgData() throws(CrossingsError) -> String {
        do { try validate() } catch { throw .input(error) }
        let instance = CrossingsInstance(self)
        let calendar = instance.calendar
        let slotHours = Double(slotMinutes) / 60
        func name(_ text: String) -> String { "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'" }
        func number(_ value: Double) -> String { value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)" }
        var lines = ["/* Written by corridor from a crossings scenario. */", "data;", ""]
        lines.append("set R := \(requests.map { name($0.id) }.joined(separator: " "));")
        lines.append("set C := \(checkpoints.map { name($0.id) }.joined(separator: " "));")
        lines.append("param slots := \(calendar.slotCount);")
        lines.append("param H := \(number(horizon.hours));")
        lines.append("param start := " + calendar.slotStarts.enumerated().map { "\($0) \(number($1))" }.joined(separator: " ") + ";")
        let penalty = unservedPenaltyHours ?? horizon.hours
        lines.append("param : trucks weight ready penalty :=")
        for (index, request) in requests.enumerated() {
            lines.append("  \(name(request.id)) \(instance.trucks[index]) \(number(instance.weights[index])) \(number(request.ready)) \(number(request.unservedPenaltyHours ?? penalty))")
        }
        lines.append(";")
        lines.append("param minutes :=")
        for request in requests {
            for checkpoint in checkpoints {
                lines.append("  \(name(request.id)) \(name(checkpoint.id)) \(number(checkpoint.minutes(for: request.cargo)))")
            }
        }
        lines.append(";")
        lines.append("param : open day :=")
        for (c, checkpoint) in checkpoints.enumerated() {
            let table = calendar.checkpoints[c]
            for slot in 0..<calendar.slotCount {
                lines.append("  \(name(checkpoint.id)) \(slot) \(table.openMinutes[slot]) \(table.slotsByDay[table.dayOfSlot[slot]].day)")
            }
        }
        lines.append(";")
        lines.append("param : lanes_min lanes_max lane_hour_cost :=")
        for checkpoint in checkpoints {
            lines.append("  \(name(checkpoint.id)) \(checkpoint.lanes.minimum) \(checkpoint.lanes.maximum) \(number(checkpoint.laneHourCost))")
        }
        lines.append(";")
        let capped = checkpoints.filter { $0.dailyCap != nil }
        lines.append("set CAPPED := \(capped.map { name($0.id) }.joined(separator: " "));")
        if !capped.isEmpty {
            lines.append("param daily_cap := " + capped.map { "\(name($0.id)) \($0.dailyCap!)" }.joined(separator: " ") + ";")
        }
        let laneCapped = checkpoints.filter { $0.laneHoursPerDay != nil }
        lines.append("set LANE_CAPPED := \(laneCapped.map { name($0.id) }.joined(separator: " "));")
        if !laneCapped.isEmpty {
            lines.append("param lane_hours_per_day := " + laneCapped.map { "\(name($0.id)) \(number($0.laneHoursPerDay!))" }.joined(separator: " ") + ";")
        }
        // Eligible triples: allowed, after arrival, by the deadline, open.
        let index = Dictionary(uniqueKeysWithValues: checkpoints.enumerated().map { ($1.id, $0) })
        lines.append("set E :=")
        for request in requests {
            for id in request.checkpoints ?? checkpoints.map(\.id) {
                let c = index[id]!
                let arrival = request.ready + request.travel(to: id)
                for slot in 0..<calendar.slotCount where calendar.checkpoints[c].openMinutes[slot] > 0 {
                    let start = Double(slot) * slotHours
                    guard start >= arrival - 1e-9, start <= (request.deadline ?? .infinity) + 1e-9 else { continue }
                    lines.append("  (\(name(request.id)), \(name(id)), \(slot))")
                }
            }
        }
        lines.append(";")
        lines.append("")
        lines.append("end;")
        return lines.joined(separator: "\n") + "\n"
    }
}
