// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario

extension CrossingsKind {
    /// A crossings plan with what writing it needs: the horizon for ISO-8601 times.
    public struct Plan: ScenarioPlan {
        public var plan: CrossingsPlan
        public var problem: CrossingsProblem
        public var horizon: Horizon

        public init(plan: CrossingsPlan, problem: CrossingsProblem, horizon: Horizon) {
            self.plan = plan
            self.problem = problem
            self.horizon = horizon
        }

        public var unserved: Double { Double(plan.unservedTrucks) }

        /// `crossings`, `unserved` and `checkpoints` with their slots, in that order; each time
        /// written as ISO-8601 in the horizon's offset and as hours after its start.
        public var json: JSONValue {
            let carriers = Dictionary(problem.requests.map { ($0.id, $0.carrier) }, uniquingKeysWith: { a, _ in a })
            return .object([
                ("crossings", .array(plan.crossings.map { crossing in
                    var members: [(String, JSONValue)] = [
                        ("request", .string(crossing.request)),
                        ("checkpoint", .string(crossing.checkpoint)),
                        ("slot_start", .string(horizon.iso(hoursAfterStart: crossing.slotStart))),
                        ("slot_start_hours", .number(crossing.slotStart)),
                        ("trucks", .integer(crossing.trucks)),
                        ("wait_hours", .number(crossing.waitHours)),
                    ]
                    if let carrier = carriers[crossing.request] ?? nil { members.append(("carrier", .string(carrier))) }
                    return .object(members)
                })),
                ("unserved", .array(plan.unserved.map { item in
                    .object([
                        ("request", .string(item.request)),
                        ("trucks", .integer(item.trucks)),
                        ("reason", .string(item.reason.explanation)),
                        ("reason_code", .string(item.reason.rawValue)),
                    ])
                })),
                ("checkpoints", .array(plan.checkpoints.map { schedule in
                    .object([
                        ("checkpoint", .string(schedule.checkpoint)),
                        ("slots", .array(schedule.slots.map { slot in
                            .object([
                                ("slot_start", .string(horizon.iso(hoursAfterStart: slot.start))),
                                ("slot_start_hours", .number(slot.start)),
                                ("open_minutes", .integer(slot.openMinutes)),
                                ("lanes", .integer(slot.lanes)),
                                ("trucks", .integer(slot.trucks)),
                                ("queue", .integer(slot.queue)),
                            ])
                        })),
                    ])
                })),
            ])
        }

        public var kpis: JSONValue {
            let kpis = plan.kpis
            return .object([
                ("mean_wait_hours", .number(kpis.meanWaitHours)),
                ("p95_wait_hours", .number(kpis.p95WaitHours)),
                ("max_wait_hours", .number(kpis.maxWaitHours)),
                ("trucks_crossed", .integer(kpis.trucksCrossed)),
                ("trucks_unserved", .integer(kpis.trucksUnserved)),
                ("path", .string(plan.path.rawValue)),
                ("checkpoints", .array(kpis.checkpoints.map { checkpoint in
                    .object([
                        ("checkpoint", .string(checkpoint.checkpoint)),
                        ("trucks_per_day", .array(checkpoint.trucksPerDay.map {
                            .object([("date", .string($0.date.description)), ("trucks", .integer($0.trucks))])
                        })),
                        ("lane_utilisation", .number(checkpoint.laneUtilisation)),
                    ])
                })),
            ])
        }

        /// `crossings.csv`, `unserved.csv`, `slots.csv` (one row per checkpoint and slot) and
        /// `trucks_per_day.csv`.
        public var tables: [PlanTable] {
            var tables = PlanTable.derived(from: .object([
                ("crossings", json.member("crossings")), ("unserved", json.member("unserved")),
            ]))
            tables.append(
                PlanTable(
                    name: "slots",
                    columns: ["checkpoint", "slot_start", "slot_start_hours", "open_minutes", "lanes", "trucks", "queue"],
                    rows: plan.checkpoints.flatMap { schedule in
                        schedule.slots.map { slot in
                            [.string(schedule.checkpoint), .string(horizon.iso(hoursAfterStart: slot.start)),
                             .number(slot.start), .integer(slot.openMinutes), .integer(slot.lanes),
                             .integer(slot.trucks), .integer(slot.queue)]
                        }
                    }))
            tables.append(
                PlanTable(
                    name: "trucks_per_day", columns: ["checkpoint", "date", "trucks"],
                    rows: plan.kpis.checkpoints.flatMap { checkpoint in
                        checkpoint.trucksPerDay.map { [.string(checkpoint.checkpoint), .string($0.date.description), .integer($0.trucks)] }
                    }))
            return tables
        }

        public func chart(title: String) -> String? {
            CrossingsChart(plan: plan, problem: problem, horizon: horizon).svg(title: title)
        }
    }
}

extension JSONValue {
    /// The member `name` of an object (`null` when absent).
    fileprivate func member(_ name: String) -> JSONValue {
        guard case .object(let members) = self else { return .null }
        return members.first { $0.0 == name }?.1 ?? .null
    }
}
