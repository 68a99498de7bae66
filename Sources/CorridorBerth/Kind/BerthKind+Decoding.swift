// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario

extension BerthKind {
    /// Reads `time_step_minutes`, `berths` and `vessels`, reporting every problem at its line;
    /// then the rules that need the whole problem (a fixed call that breaks a rule, overlapping
    /// fixed calls) are checked by ``BerthProblem/validationIssues()`` and reported at the field
    /// they name.
    public static func decode(_ root: NodeReader, core: ScenarioCore) -> Input? {
        let before = root.session.diagnostics.count
        let stepReader = root.field("time_step_minutes")
        let step = stepReader.number(.positive) ?? 60
        if let hours = core.horizon?.hours {
            root.field("horizon").field("hours").requireWholeMultiple(
                of: step / 60, hours, stepName: "time_step_minutes = \(NumberRange.format(step)) (\(NumberRange.format(step / 60)) h)")
        }
        let berthTable = root.field("berths")
        let berthRows = berthTable.table(required: true) ?? []
        let berthIDs = berthTable.uniqueIDs(berthRows, noun: "berth").compactMap { $0 }
        let berths = berthRows.compactMap { row in row.object(decodeBerth) }
        let vesselTable = root.field("vessels")
        let vesselRows = vesselTable.table(required: true) ?? []
        vesselTable.uniqueIDs(vesselRows, noun: "vessel")
        let vessels = vesselRows.compactMap { row in row.object { decodeVessel($0, berthIDs: berthIDs) } }
        guard let horizon = core.horizon, berths.count == berthRows.count, vessels.count == vesselRows.count else {
            return nil
        }
        let problem = BerthProblem(horizonHours: horizon.hours, timeStepMinutes: step, berths: berths, vessels: vessels)
        guard root.session.diagnostics.count == before else { return nil }
        for issue in problem.validationIssues() {
            reader(for: issue.field, root: root, berths: berthRows, vessels: vesselRows).report(
                issue.problemText, hint: issue.hintText)
        }
        return Input(problem: problem, horizon: horizon)
    }

    static func decodeBerth(_ row: NodeReader) -> Berth? {
        let id = row.field("id").string(required: true)
        let length = row.field("length_m").number(.positive)
        let depth = row.field("depth_m").number(.positive)
        let rate = row.field("moves_per_hour").number(.positive)
        var windows: [HourWindow]? = nil
        if let items = row.field("available").elements() {
            windows = items.compactMap(window)
            if windows?.count != items.count { return nil }
        }
        return id.map { Berth(id: $0, lengthM: length, depthM: depth, movesPerHour: rate, available: windows) }
    }

    /// `[from, to)` with `to > from`, both inside the horizon.
    static func window(_ reader: NodeReader) -> HourWindow? {
        guard let items = reader.elements() else { return nil }
        guard items.count == 2 else {
            reader.report("expected a pair [from, to), got \(items.count) values", hint: "write [from, to] with to > from, e.g. [0, 72]")
            return nil
        }
        guard let from = items[0].time(required: true), let to = items[1].time(required: true) else { return nil }
        guard to > from else {
            reader.report("the window ends at or before it starts", hint: "write [from, to] with to > from")
            return nil
        }
        return HourWindow(from: from, to: to)
    }

    static func decodeVessel(_ row: NodeReader, berthIDs: [String]) -> Vessel? {
        let id = row.field("id").string(required: true)
        let eta = row.field("eta").time(required: true, placement: .mayBeBefore)
        let moves = row.field("moves").number(.positive)
        var handling: Vessel.HandlingHours? = nil
        let handlingReader = row.field("handling_hours")
        if handlingReader.isPresent {
            if case .mapping = handlingReader.node?.value {
                var map: [String: Double] = [:]
                for (berth, value) in handlingReader.entries(referencing: berthIDs, noun: "berth") ?? [] {
                    if let hours = value.number(.positive, required: true) { map[berth] = hours }
                }
                handling = .perBerth(map)
            } else if let hours = handlingReader.number(.positive) {
                handling = .everywhere(hours)
            }
        }
        if moves == nil, !handlingReader.isPresent, !row.field("moves").isPresent {
            row.report("has neither moves nor handling_hours", hint: "give the vessel's container moves, or its handling_hours")
        }
        let weight = row.field("weight").number(.nonNegative) ?? 1
        let length = row.field("length_m").number(.positive)
        let draft = row.field("draft_m").number(.positive)
        let latest = row.field("latest_departure").time(placement: .anywhere)
        let due = row.field("due").time(placement: .anywhere)
        let tardiness = row.field("tardiness_weight").number(.nonNegative) ?? 0
        let allowed = row.field("allowed_berths").elements()?.compactMap {
            $0.reference(to: berthIDs, noun: "berth", required: true)
        }
        let penalty = row.field("unserved_penalty").number(.nonNegative)
        let fixed = row.field("fixed").object { fixed -> Vessel.FixedCall? in
            let berth = fixed.field("berth").reference(to: berthIDs, noun: "berth", required: true)
            let start = fixed.field("start").time(required: true)
            guard let berth, let start else { return nil }
            return Vessel.FixedCall(berth: berth, start: start)
        }
        guard let id, let eta else { return nil }
        return Vessel(
            id: id, eta: eta, moves: moves, handlingHours: handling, weight: weight, lengthM: length,
            draftM: draft, latestDeparture: latest, due: due, tardinessWeight: tardiness,
            allowedBerths: allowed, unservedPenalty: penalty, fixed: fixed)
    }

    /// The reader of a field named like `vessels[2].fixed.start`, for a located message.
    static func reader(for field: String, root: NodeReader, berths: [NodeReader], vessels: [NodeReader]) -> NodeReader {
        var parts = field.split(separator: ".").map(String.init)
        guard let first = parts.first else { return root }
        parts.removeFirst()
        var reader: NodeReader
        if first.hasPrefix("vessels["), let index = Int(first.dropFirst(8).dropLast()), vessels.indices.contains(index) {
            reader = vessels[index]
        } else if first.hasPrefix("berths["), let index = Int(first.dropFirst(7).dropLast()), berths.indices.contains(index) {
            reader = berths[index]
        } else {
            reader = root.field(first)
        }
        for part in parts {
            if let bracket = part.firstIndex(of: "["), let index = Int(part[part.index(after: bracket)...].dropLast()) {
                reader = reader.field(String(part[..<bracket])).elements()?[safe: index] ?? reader.field(String(part[..<bracket]))
            } else {
                reader = reader.field(part)
            }
        }
        return reader
    }
}

extension BerthProblemError.Issue {
    /// "what is wrong" and "what to do", split at the message's last dash.
    var problemText: String {
        guard let range = message.ranges(of: " — ").last else { return message }
        return String(message[..<range.lowerBound])
    }

    var hintText: String {
        guard let range = message.ranges(of: " — ").last else { return "correct the value" }
        return String(message[range.upperBound...])
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
