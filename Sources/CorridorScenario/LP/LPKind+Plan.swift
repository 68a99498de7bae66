// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

extension LPKind {
    /// An `lp` scenario's plan: the non-zero values of the solution, by variable name, in the
    /// model's column order.
    public struct Plan: ScenarioPlan {
        public var values: [(name: String, value: Double)]
        public var sense: ObjectiveSense
        public var variableCount: Int

        /// Values closer to 0 than this are left out: GLPK's feasibility tolerance is 1e-7, so
        /// smaller values are round-off, not decisions.
        static let zeroTolerance = 1e-9

        public init(values: [(name: String, value: Double)], sense: ObjectiveSense, variableCount: Int) {
            self.values = values
            self.sense = sense
            self.variableCount = variableCount
        }

        /// The plan of `solution`, a solution of `model`.
        public init(_ solution: Solution, of model: Model) {
            var values: [(name: String, value: Double)] = []
            if solution.status.hasSolution {
                for variable in model.variables where abs(solution[variable]) > Plan.zeroTolerance {
                    values.append((model.name(of: variable), solution[variable]))
                }
            }
            self.init(values: values, sense: model.sense, variableCount: model.columnCount)
        }

        public var json: JSONValue { .object(values.map { ($0.name, .number($0.value)) }) }

        public var kpis: JSONValue {
            .object([
                ("sense", .string(sense.rawValue)),
                ("variables", .integer(variableCount)),
                ("nonzero_variables", .integer(values.count)),
            ])
        }

        public var unserved: Double { 0 }

        public var tables: [PlanTable] {
            [
                PlanTable(
                    name: "variables", columns: ["variable", "value"],
                    rows: values.map { [.string($0.name), .number($0.value)] })
            ]
        }

        /// A bar chart of the non-zero values.
        public func chart(title: String) -> String? {
            BarChart(title: "\(title): variable values", bars: values.map { ($0.name, $0.value) }).svg()
        }
    }
}
