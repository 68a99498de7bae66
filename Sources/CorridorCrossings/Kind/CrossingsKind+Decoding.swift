// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario

extension CrossingsKind {
    /// Reads every field with the scenario readers (types, times, ids, references), then checks
    /// the rules of ``CrossingsProblem/problems()`` and reports each at its field's line, so one
    /// run reports every problem of the file.
    public static func decode(_ root: NodeReader, core: ScenarioCore) -> Input? {
        guard let horizon = core.horizon else { return nil }
        let slotMinutes = root.field("slot_minutes").integer() ?? 60
        let penalty = root.field("unserved_penalty_hours").number()
        let scale = root.field("demand_scale").number() ?? 1

        let checkpointTable = root.field("checkpoints")
        let checkpointRows = checkpointTable.table(required: true) ?? []
        let checkpointIDs = checkpointTable.uniqueIDs(checkpointRows, noun: "checkpoint").compactMap { $0 }
        let checkpoints = checkpointRows.map { row in
            row.object { checkpoint(from: $0) } ?? Checkpoint(id: "", lanes: .fixed(0), minutesPerTruck: 1)
        }
        let requestTable = root.field("requests")
        let requestRows = requestTable.table(required: true) ?? []
        requestTable.uniqueIDs(requestRows, noun: "request")
        let requests = requestRows.map { row in
            row.object { request(from: $0, checkpointIDs: checkpointIDs) } ?? TruckRequest(id: "", trucks: 0, ready: 0)
        }
        let problem = CrossingsProblem(
            horizon: CrossingsHorizon(
                startSecondsSinceEpoch: horizon.start.secondsSinceEpoch,
                offsetSeconds: horizon.start.offsetSeconds, hours: horizon.hours),
            slotMinutes: slotMinutes, unservedPenaltyHours: penalty, demandScale: scale,
            checkpoints: checkpoints, requests: requests)

        // The rules, located; a field the readers already reported is not reported twice.
        let locator = FieldLocator(root: root, tables: ["checkpoints": checkpointRows, "requests": requestRows])
        let reported = Set(root.session.diagnostics.map(\.path))
        let problems = problem.problems()
        for item in problems where !reported.contains(item.path) {
            locator.reader(for: item.path).report(item.problem, hint: item.remedy)
        }

        var method = CrossingsOptions.Method.automatic
        let methodField = root.field("solver").field("method")
        switch core.solver.method {
        case .auto, .simplex: method = .automatic
        case .network:
            method = .network
            if problems.isEmpty, root.session.diagnostics.isEmpty, let obstacle = problem.networkObstacle() {
                methodField.report(
                    "the network method does not apply: \(obstacle)",
                    hint: "use auto (which picks the MIP here), or give the checkpoint fixed lanes and one minutes_per_truck")
            }
        case .interior:
            methodField.report(
                "the crossings model is solved as a network or by branch-and-cut, not by the interior point method",
                hint: "use auto or network")
        }
        return Input(problem: problem, horizon: horizon, method: method)
    }

    private static func checkpoint(from row: NodeReader) -> Checkpoint? {
        let id = row.field("id").string(required: true) ?? ""
        let name = row.field("name").string()
        let lanesField = row.field("lanes")
        var lanes = Lanes.fixed(0)
        if case .mapping? = lanesField.node?.value {
            lanes = lanesField.object { range -> Lanes? in
                let low = range.field("min").integer(required: true) ?? 0
                let high = range.field("max").integer(required: true) ?? low
                return .planned(min: low, max: high)
            } ?? .fixed(0)
        } else if let count = lanesField.integer(required: true) {
            lanes = .fixed(count)
        }
        let minutes = row.field("minutes_per_truck").number(required: true) ?? 1
        var byClass: [CargoClass: Double] = [:]
        for (key, value) in row.field("minutes_by_class").entries() ?? [] {
            guard let cargo = CargoClass(rawValue: key) else {
                value.report(
                    "no cargo class \"\(key)\"",
                    hint: "the classes are \(CargoClass.allCases.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            if let number = value.number() { byClass[cargo] = number }
        }
        let cap = row.field("daily_cap").integer()
        var offset: Int?
        let zone = row.field("timezone")
        if let text = zone.string() {
            offset = parseOffset(text)
            if offset == nil {
                zone.report("\"\(text)\" is not a UTC offset", hint: "write a fixed offset like \"+08:00\" (the corridor observes no daylight saving)")
            }
        }
        var hours: [OpeningInterval]?
        let hoursField = row.field("hours")
        if let items = hoursField.elements() {
            hours = items.compactMap { interval(from: $0) }
        }
        let closed = (row.field("closed").elements() ?? []).compactMap { item -> LocalDate? in
            guard let text = item.string(required: true) else { return nil }
            guard let date = LocalDate(text) else {
                item.report("\"\(text)\" is not a date", hint: "write a local date as YYYY-MM-DD, e.g. 2026-12-16")
                return nil
            }
            return date
        }
        let cost = row.field("lane_hour_cost").number() ?? 0
        let perDay = row.field("lane_hours_per_day").number()
        return Checkpoint(
            id: id, name: name, lanes: lanes, minutesPerTruck: minutes, minutesByClass: byClass,
            dailyCap: cap, offsetSeconds: offset, hours: hours, closed: closed, laneHourCost: cost,
            laneHoursPerDay: perDay)
    }

    /// `["HH:MM", "HH:MM"]`, with `"24:00"` allowed.
    private static func interval(from item: NodeReader) -> OpeningInterval? {
        guard let ends = item.elements() else { return nil }
        guard ends.count == 2 else {
            item.report("expected [from, to], got \(ends.count) values", hint: "write two local times, e.g. [\"10:30\", \"14:00\"]")
            return nil
        }
        var minutes: [Int] = []
        for end in ends {
            guard let text = end.string(required: true) else { return nil }
            guard let minute = OpeningInterval.minute(of: text) else {
                end.report(
                    "\"\(text)\" is not a time of day",
                    hint: "write \"HH:MM\" in quotes, from \"00:00\" to \"24:00\" (unquoted, YAML may read 10:30 as a number)")
                return nil
            }
            minutes.append(minute)
        }
        return OpeningInterval(fromMinute: minutes[0], toMinute: minutes[1])
    }

    private static func request(from row: NodeReader, checkpointIDs: [String]) -> TruckRequest? {
        let id = row.field("id").string(required: true) ?? ""
        let carrier = row.field("carrier").string()
        let trucks = row.field("trucks").integer(required: true) ?? 0
        let cargo = row.field("class").choice(CargoClass.self) ?? .general
        let ready = row.field("ready").time(required: true, placement: .mayBeBefore) ?? 0
        var travel: [String: Double] = [:]
        for (key, value) in row.field("travel_hours").entries(referencing: checkpointIDs, noun: "checkpoint") ?? [] {
            if let hours = value.number() { travel[key] = hours }
        }
        let allowedItems = row.field("checkpoints").elements()
        var allowed = allowedItems?.compactMap {
            $0.reference(to: checkpointIDs, noun: "checkpoint", required: true)
        }
        // Unknown ids are reported where they stand; what remains is checked without them.
        if let items = allowedItems, allowed?.count != items.count, allowed?.isEmpty ?? false { allowed = nil }
        let weight = row.field("weight").number()
        let deadline = row.field("deadline").time(placement: .mayBeAfter)
        let penalty = row.field("unserved_penalty_hours").number()
        return TruckRequest(
            id: id, carrier: carrier, trucks: trucks, cargo: cargo, ready: ready, travelHours: travel,
            checkpoints: allowed, weight: weight, deadline: deadline, unservedPenaltyHours: penalty)
    }

    /// `+08:00`, `-03:30` or `Z`, in seconds east of UTC.
    static func parseOffset(_ text: String) -> Int? {
        if text == "Z" || text == "+00:00" || text == "-00:00" { return 0 }
        let chars = Array(text)
        guard chars.count == 6, chars[0] == "+" || chars[0] == "-", chars[3] == ":",
            let hours = Int(String(chars[1...2])), let minutes = Int(String(chars[4...5])),
            hours <= 18, minutes < 60
        else { return nil }
        return (chars[0] == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}

/// Finds the reader of a field by the path a rule names (`checkpoints[2].lanes.min`), using the
/// rows the decoder already read for the tables (a CSV table is not read twice).
struct FieldLocator {
    let root: NodeReader
    let tables: [String: [NodeReader]]

    enum Step { case key(String), index(Int) }

    static func steps(_ path: String) -> [Step] {
        var steps: [Step] = []
        var token = ""
        var inIndex = false
        for char in path {
            switch char {
            case "." where !inIndex, "[" where !inIndex:
                if !token.isEmpty { steps.append(.key(token)) }
                token = ""
                inIndex = char == "["
            case "]" where inIndex:
                steps.append(.index(Int(token) ?? 0))
                token = ""
                inIndex = false
            default:
                token.append(char)
            }
        }
        if !token.isEmpty { steps.append(.key(token)) }
        return steps
    }

    func reader(for path: String) -> NodeReader {
        var reader = root
        var steps = Self.steps(path)[...]
        if case .key(let name)? = steps.first, let rows = tables[name], steps.count > 1,
            case .index(let number) = steps[steps.startIndex + 1], rows.indices.contains(number)
        {
            reader = rows[number]
            steps = steps.dropFirst(2)
        }
        for step in steps {
            switch step {
            case .key(let key):
                reader = reader.field(key)
            case .index(let number):
                guard let items = reader.elements(), items.indices.contains(number) else { return reader }
                reader = items[number]
            }
        }
        return reader
    }
}
