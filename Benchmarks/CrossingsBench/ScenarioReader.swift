// SPDX-License-Identifier: GPL-3.0-or-later
//
// A minimal reader of crossings scenario files for the benchmark, so that it can run before the
// `crossings` kind is in `corridor solve`: core fields only, no located errors (use
// `corridor validate` for those).

import CorridorCrossings
import Foundation
import Yams

enum ScenarioReader {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String) throws -> (name: String, problem: CrossingsProblem) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let root = try Yams.compose(yaml: text)?.mapping else { throw Failure(description: "\(path): not a mapping") }
        func string(_ node: Node?) -> String? { node?.scalar?.string }
        func number(_ node: Node?) -> Double? { string(node).flatMap(Double.init) }
        guard let horizonNode = root["horizon"]?.mapping, let startText = string(horizonNode["start"]),
            let hours = number(horizonNode["hours"]), let start = parseInstant(startText)
        else { throw Failure(description: "\(path): horizon") }
        let horizon = CrossingsHorizon(startSecondsSinceEpoch: start.seconds, offsetSeconds: start.offset, hours: hours)
        func time(_ node: Node?) -> Double? {
            guard let text = string(node) else { return nil }
            if let value = Double(text) { return value }
            return parseInstant(text).map { ($0.seconds - start.seconds) / 3600 }
        }
        var checkpoints: [Checkpoint] = []
        for node in root["checkpoints"]?.sequence ?? [] {
            guard let map = node.mapping else { continue }
            let lanes: Lanes
            if let range = map["lanes"]?.mapping {
                lanes = .planned(min: Int(number(range["min"]) ?? 0), max: Int(number(range["max"]) ?? 0))
            } else {
                lanes = .fixed(Int(number(map["lanes"]) ?? 0))
            }
            var byClass: [CargoClass: Double] = [:]
            for (key, value) in map["minutes_by_class"]?.mapping ?? [:] {
                if let cargo = CargoClass(rawValue: string(key) ?? ""), let minutes = number(value) { byClass[cargo] = minutes }
            }
            let hours = map["hours"]?.sequence?.compactMap { pair -> OpeningInterval? in
                guard let items = pair.sequence, items.count == 2, let a = string(items[0]), let b = string(items[1]) else { return nil }
                return OpeningInterval(a, b)
            }
            checkpoints.append(
                Checkpoint(
                    id: string(map["id"]) ?? "", name: string(map["name"]), lanes: lanes,
                    minutesPerTruck: number(map["minutes_per_truck"]) ?? 0, minutesByClass: byClass,
                    dailyCap: number(map["daily_cap"]).map { Int($0) },
                    offsetSeconds: string(map["timezone"]).flatMap(parseOffset), hours: hours,
                    closed: map["closed"]?.sequence?.compactMap { string($0).flatMap(LocalDate.init) } ?? [],
                    laneHourCost: number(map["lane_hour_cost"]) ?? 0,
                    laneHoursPerDay: number(map["lane_hours_per_day"])))
        }
        var requests: [TruckRequest] = []
        for node in root["requests"]?.sequence ?? [] {
            guard let map = node.mapping else { continue }
            var travel: [String: Double] = [:]
            for (key, value) in map["travel_hours"]?.mapping ?? [:] { travel[string(key) ?? ""] = number(value) }
            requests.append(
                TruckRequest(
                    id: string(map["id"]) ?? "", carrier: string(map["carrier"]),
                    trucks: Int(number(map["trucks"]) ?? 0),
                    cargo: CargoClass(rawValue: string(map["class"]) ?? "general") ?? .general,
                    ready: time(map["ready"]) ?? 0, travelHours: travel,
                    checkpoints: map["checkpoints"]?.sequence?.compactMap { string($0) },
                    weight: number(map["weight"]), deadline: time(map["deadline"]),
                    unservedPenaltyHours: number(map["unserved_penalty_hours"])))
        }
        let problem = CrossingsProblem(
            horizon: horizon, slotMinutes: Int(number(root["slot_minutes"]) ?? 60),
            unservedPenaltyHours: number(root["unserved_penalty_hours"]),
            demandScale: number(root["demand_scale"]) ?? 1, checkpoints: checkpoints, requests: requests)
        return (string(root["name"]) ?? path, problem)
    }

    /// `YYYY-MM-DDTHH:MM:SS±HH:MM` (or `Z`).
    static func parseInstant(_ text: String) -> (seconds: Double, offset: Int)? {
        let chars = Array(text)
        guard chars.count >= 19, let date = LocalDate(String(chars[0..<10])) else { return nil }
        let clock = String(chars[11..<19]).split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3 else { return nil }
        let rest = String(chars[19...])
        let offset = rest == "Z" || rest.isEmpty ? 0 : (parseOffset(rest) ?? 0)
        let local = date.daysSinceEpoch * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]
        return (Double(local - offset), offset)
    }

    static func parseOffset(_ text: String) -> Int? {
        guard text.count == 6, let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let parts = text.dropFirst().split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        return (sign == "-" ? -1 : 1) * (parts[0] * 3600 + parts[1] * 60)
    }
}
