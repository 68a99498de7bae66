// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario

extension BerthKind {
    /// A solved berth scenario's plan, with the problem it answers (for times and the chart).
    public struct Plan: ScenarioPlan {
        public var plan: BerthPlan
        public var input: Input

        public init(plan: BerthPlan, input: Input) {
            self.plan = plan
            self.input = input
        }

        /// `assignments: [{vessel, berth, start, start_hours, finish, finish_hours, wait_hours}]`,
        /// `unserved: [{vessel, reason}]`.
        public var json: JSONValue {
            let horizon = input.horizon
            return .object([
                ("assignments", .array(plan.assignments.map { a in
                    .object([
                        ("vessel", .string(a.vessel)), ("berth", .string(a.berth)),
                        ("start", .string(horizon.iso(hoursAfterStart: a.startHours))),
                        ("start_hours", .number(a.startHours)),
                        ("finish", .string(horizon.iso(hoursAfterStart: a.finishHours))),
                        ("finish_hours", .number(a.finishHours)),
                        ("wait_hours", .number(a.waitHours)),
                    ])
                })),
                ("unserved", .array(plan.unserved.map { u in
                    .object([("vessel", .string(u.vessel)), ("reason", .string(u.reason.description))])
                })),
            ])
        }

        public var kpis: JSONValue {
            .object([
                ("weighted_service_time", .number(plan.kpis.weightedServiceTime)),
                ("mean_wait_hours", .number(plan.kpis.meanWaitHours)),
                ("max_wait_hours", .number(plan.kpis.maxWaitHours)),
                ("berth_occupancy", .object(plan.kpis.berthOccupancy.map { ($0.berth, .number($0.occupancy)) })),
                ("served", .integer(plan.assignments.count)),
                ("unserved", .integer(plan.unserved.count)),
            ])
        }

        public var unserved: Double { Double(plan.unserved.count) }

        public func chart(title: String) -> String? { BerthGantt(plan: plan, input: input).svg(title: title) }
    }
}
