// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario

extension YardKind {
    /// A yard scenario's plan: the typed ``YardPlan`` with the horizon its times are written in.
    public struct Plan: ScenarioPlan {
        public var plan: YardPlan
        public var input: Input

        public init(plan: YardPlan, input: Input) {
            self.plan = plan
            self.input = input
        }

        /// `placements`, `overflow`, `occupancy`, in that order.
        public var json: JSONValue {
            .object([
                ("placements", .array(plan.placements.map { placement in
                    .object([
                        ("flow", .string(placement.flow)), ("block", .string(placement.block)),
                        ("teu", .number(placement.teu)),
                    ])
                })),
                ("overflow", .array(plan.overflow.map { item in
                    .object([
                        ("flow", .string(item.flow)), ("teu", .number(item.teu)),
                        ("reason", .string(item.reason.rawValue)),
                    ])
                })),
                ("occupancy", .array(plan.occupancy.map { row in
                    .object([
                        ("block", .string(row.block)), ("period", .integer(row.period)),
                        ("period_start", .string(input.horizon.iso(hoursAfterStart: row.periodStartHours))),
                        ("period_start_hours", .number(row.periodStartHours)),
                        ("teu", .number(row.teu)), ("fill", .number(row.fill)),
                    ])
                })),
            ])
        }

        public var kpis: JSONValue {
            .object([
                ("teu_km", .number(plan.kpis.teuKm)),
                ("peak_fill", .number(plan.kpis.peakFill)),
                ("peak_equipment_utilisation", .number(plan.kpis.peakEquipmentUtilisation)),
                ("placed_teu", .number(plan.kpis.placedTEU)),
                ("overflow_teu", .number(plan.kpis.overflowTEU)),
            ])
        }

        /// TEU not placed.
        public var unserved: Double { plan.overflowTEU }

        public func chart(title: String) -> String? { YardHeatMap(plan: plan, input: input).svg(title: title) }
    }
}
