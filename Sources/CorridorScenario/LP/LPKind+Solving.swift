// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP

extension LPKind {
    /// Values closer to 0 than this are left out of the plan: GLPK's feasibility tolerance is
    /// 1e-7, so smaller values are round-off, not decisions.
    static let zeroTolerance = 1e-9

    public func solve(_ settings: SolverSettings) throws -> KindResult {
        let options = SolveOptions(
            method: method,
            timeLimit: settings.timeLimit,
            relativeGap: settings.mipGap)
        let solution = try GLPKSolver().solve(model, options: options)
        var values: [(String, JSONValue)] = []
        if solution.status.hasSolution {
            for variable in model.variables where abs(solution[variable]) > LPKind.zeroTolerance {
                values.append((model.name(of: variable), .number(solution[variable])))
            }
        }
        let table = PlanTable(
            name: "variables", columns: ["variable", "value"],
            rows: values.map { [.string($0.0), $0.1] })
        let kpis: JSONValue = .object([
            ("sense", .string(model.sense.rawValue)),
            ("variables", .integer(model.columnCount)),
            ("nonzero_variables", .integer(values.count)),
        ])
        return KindResult(
            solution: solution, model: model, unserved: 0, plan: .object(values), kpis: kpis,
            tables: [table])
    }
}
