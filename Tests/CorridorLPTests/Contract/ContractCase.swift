// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Testing

/// A model with its known outcome, worked out by hand (the comment on each case shows how).
struct ContractCase: CustomTestStringConvertible, Sendable {
    let name: String
    let model: Model
    let status: TerminationStatus
    /// The optimal objective, for `.optimal`.
    var objective: Double?
    /// Known optimal values by variable name, where the optimum is unique.
    var values: [String: Double] = [:]
    /// Known dual values by constraint name (LP only, where unique).
    var duals: [String: Double] = [:]

    var testDescription: String { name }

    /// Absolute tolerance scaled by magnitude, as solvers' feasibility tolerances are.
    static func close(_ a: Double, _ b: Double, tolerance: Double = 1e-6) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(a), abs(b))
    }
}

extension ContractCase {
    static let all: [ContractCase] = [
        wyndor, diet, beale, infeasible, unbounded, freeVariables, equalities, repeatedTerms,
        objectiveConstant, knapsack, integerInfeasible, fractionalIntegerBounds,
        integerUnbounded, fixedCharge,
    ]

    /// Hillier & Lieberman's Wyndor Glass: max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18.
    /// Optimum at x = 2, y = 6: 36; duals 0, 1.5, 1 (the plant 2 and 3 hours).
    static var wyndor: ContractCase {
        var model = Model(name: "wyndor")
        let x = try! model.addVariable("x")
        let y = try! model.addVariable("y")
        try! model.addConstraint(x <= 4, name: "plant1")
        try! model.addConstraint(2 * y <= 12, name: "plant2")
        try! model.addConstraint(3 * x + 2 * y <= 18, name: "plant3")
        try! model.maximize(3 * x + 5 * y)
        return ContractCase(
            name: "wyndor", model: model, status: .optimal, objective: 36,
            values: ["x": 2, "y": 6], duals: ["plant1": 0, "plant2": 1.5, "plant3": 1])
    }

    /// min 2x + 3y, x + y ≥ 4, x + 3y ≥ 6: both rows tight at x = 3, y = 1: 9.
    static var diet: ContractCase {
        var model = Model(name: "diet")
        let x = try! model.addVariable("x")
        let y = try! model.addVariable("y")
        try! model.addConstraint(x + y >= 4, name: "energy")
        try! model.addConstraint(x + 3 * y >= 6, name: "protein")
        try! model.minimize(2 * x + 3 * y)
        return ContractCase(
            name: "diet", model: model, status: .optimal, objective: 9, values: ["x": 3, "y": 1],
            duals: ["energy": 1.5, "protein": 0.5])
    }

    /// Beale's cycling example, degenerate at the origin: max 0.75a − 20b + 0.5c − 6d with
    /// 0.25a − 8b − c + 9d ≤ 0, 0.5a − 12b − 0.5c + 3d ≤ 0, c ≤ 1. Optimum a = 1, c = 1: 1.25.
    static var beale: ContractCase {
        var model = Model(name: "beale")
        let a = try! model.addVariable("a")
        let b = try! model.addVariable("b")
        let c = try! model.addVariable("c")
        let d = try! model.addVariable("d")
        try! model.addConstraint(0.25 * a - 8 * b - c + 9 * d <= 0, name: "r1")
        try! model.addConstraint(0.5 * a - 12 * b - 0.5 * c + 3 * d <= 0, name: "r2")
        try! model.addConstraint(c <= 1, name: "r3")
        try! model.maximize(0.75 * a - 20 * b + 0.5 * c - 6 * d)
        return ContractCase(
            name: "beale (degenerate)", model: model, status: .optimal, objective: 1.25,
            values: ["a": 1, "b": 0, "c": 1, "d": 0])
    }

    /// x + y ≤ 1 and x + y ≥ 2 cannot both hold.
    static var infeasible: ContractCase {
        var model = Model(name: "infeasible")
        let x = try! model.addVariable("x")
        let y = try! model.addVariable("y")
        try! model.addConstraint(x + y <= 1, name: "low")
        try! model.addConstraint(x + y >= 2, name: "high")
        try! model.minimize(x + y)
        return ContractCase(name: "infeasible LP", model: model, status: .infeasible)
    }

    /// max x + y with x − y ≤ 1 only: y grows without end.
    static var unbounded: ContractCase {
        var model = Model(name: "unbounded")
        let x = try! model.addVariable("x")
        let y = try! model.addVariable("y")
        try! model.addConstraint(x - y <= 1, name: "spread")
        try! model.maximize(x + y)
        return ContractCase(name: "unbounded LP", model: model, status: .unbounded)
    }

    /// Free variables: min x + 2y with x, y free, x − y = 2, x + y ≥ −4, y ≥ −5 (a row).
    /// With x = y + 2 the objective is 3y + 2 and x + y = 2y + 2 ≥ −4 gives y ≥ −3: y = −3,
    /// x = −1, objective −7.
    static var freeVariables: ContractCase {
        var model = Model(name: "free")
        let x = try! model.addVariable("x", lower: -.infinity)
        let y = try! model.addVariable("y", lower: -.infinity)
        try! model.addConstraint(x - y == 2, name: "link")
        try! model.addConstraint(x + y >= -4, name: "floor")
        try! model.addConstraint(y >= -5, name: "y_floor")
        try! model.minimize(x + 2 * y)
        return ContractCase(
            name: "free variables", model: model, status: .optimal, objective: -7,
            values: ["x": -1, "y": -3])
    }

    /// A balanced 2×2 transportation problem with equality rows: supplies 5, 5; demands 4, 6;
    /// costs 1 2 / 3 1. Ship a→1: 4, a→2: 1, b→2: 5: 4 + 2 + 5 = 11.
    static var equalities: ContractCase {
        var model = Model(name: "transport2x2")
        let a1 = try! model.addVariable("a1")
        let a2 = try! model.addVariable("a2")
        let b1 = try! model.addVariable("b1")
        let b2 = try! model.addVariable("b2")
        try! model.addConstraint(a1 + a2 == 5, name: "supply_a")
        try! model.addConstraint(b1 + b2 == 5, name: "supply_b")
        try! model.addConstraint(a1 + b1 == 4, name: "demand_1")
        try! model.addConstraint(a2 + b2 == 6, name: "demand_2")
        try! model.minimize(a1 + 2 * a2 + 3 * b1 + b2)
        return ContractCase(
            name: "equality rows", model: model, status: .optimal, objective: 11,
            values: ["a1": 4, "a2": 1, "b1": 0, "b2": 5])
    }

    /// `x + x + y − x ≤ 3` is `x + y ≤ 3` once repeats are merged; with x ≤ 2, max 2x + y is
    /// x = 2, y = 1: 5. The objective repeats a variable too (x + x = 2x).
    static var repeatedTerms: ContractCase {
        var model = Model(name: "repeats")
        let x = try! model.addVariable("x", upper: 2)
        let y = try! model.addVariable("y")
        try! model.addConstraint(x + x + y - x <= 3, name: "merged")
        try! model.maximize(x + x + y)
        return ContractCase(
            name: "repeated terms merged", model: model, status: .optimal, objective: 5,
            values: ["x": 2, "y": 1])
    }

    /// min x + 10 with x ≥ 1 (a row): 11; the constant must survive every path.
    static var objectiveConstant: ContractCase {
        var model = Model(name: "constant")
        let x = try! model.addVariable("x")
        try! model.addConstraint(x >= 1, name: "at_least_one")
        try! model.minimize(x + 10)
        return ContractCase(
            name: "objective constant", model: model, status: .optimal, objective: 11,
            values: ["x": 1])
    }

    /// 0-1 knapsack: max 8a + 11b + 6c + 4d, 5a + 7b + 4c + 3d ≤ 14. Enumerating the 16
    /// subsets, b + c + d (weight 14) gives 21; the LP relaxation would give 22.
    static var knapsack: ContractCase {
        var model = Model(name: "knapsack")
        let items = ["a", "b", "c", "d"].map { try! model.addVariable($0, kind: .binary) }
        let value: [Double] = [8, 11, 6, 4]
        let weight: [Double] = [5, 7, 4, 3]
        try! model.addConstraint(
            sum(over: items.indices) { weight[$0] * items[$0] } <= 14, name: "capacity")
        try! model.maximize(sum(over: items.indices) { value[$0] * items[$0] })
        return ContractCase(
            name: "knapsack MIP", model: model, status: .optimal, objective: 21,
            values: ["a": 0, "b": 1, "c": 1, "d": 1])
    }

    /// 2x = 1 with x integer: the LP relaxation is feasible, the MIP is not.
    static var integerInfeasible: ContractCase {
        var model = Model(name: "parity")
        let x = try! model.addVariable("x", upper: 10, kind: .integer)
        try! model.addConstraint(2 * x == 1, name: "odd")
        try! model.minimize(LinearExpression(x))
        return ContractCase(name: "integer infeasible", model: model, status: .infeasible)
    }

    /// An integer x in [0.5, 2.7] means x in {1, 2}: max x + y with y integer in [0, 0.9]
    /// (that is, y = 0) gives 2. GLPK refuses fractional bounds on integer columns; the binding
    /// rounds them inward.
    static var fractionalIntegerBounds: ContractCase {
        var model = Model(name: "fractional_bounds")
        let x = try! model.addVariable("x", lower: 0.5, upper: 2.7, kind: .integer)
        let y = try! model.addVariable("y", lower: 0, upper: 0.9, kind: .integer)
        try! model.addConstraint(x + y <= 10, name: "loose")
        try! model.maximize(x + y)
        return ContractCase(
            name: "fractional integer bounds", model: model, status: .optimal, objective: 2,
            values: ["x": 2, "y": 0])
    }

    /// max x + y, x − y ≤ 1, x integer: the relaxation is unbounded, so GLPK cannot tell an
    /// unbounded MIP from an integer-infeasible one.
    static var integerUnbounded: ContractCase {
        var model = Model(name: "integer_unbounded")
        let x = try! model.addVariable("x", kind: .integer)
        let y = try! model.addVariable("y")
        try! model.addConstraint(x - y <= 1, name: "spread")
        try! model.maximize(x + y)
        return ContractCase(
            name: "MIP with unbounded relaxation", model: model, status: .infeasibleOrUnbounded)
    }

    /// Fixed charge: demand 7 served from two plants; plant 1 costs 10 to open + 1 per unit
    /// (capacity 5), plant 2 costs 2 to open + 3 per unit (capacity 10). Options: only plant 2:
    /// 2 + 21 = 23; both: 12 + 5 + 6 = 23 (5 + 2 units) ... and only plant 1 cannot serve 7.
    /// Both tie at 23; the objective is unique, the values are not.
    static var fixedCharge: ContractCase {
        var model = Model(name: "fixed_charge")
        let open1 = try! model.addVariable("open1", kind: .binary)
        let open2 = try! model.addVariable("open2", kind: .binary)
        let ship1 = try! model.addVariable("ship1")
        let ship2 = try! model.addVariable("ship2")
        try! model.addConstraint(ship1 + ship2 >= 7, name: "demand")
        try! model.addConstraint(ship1 - 5 * open1 <= 0, name: "capacity1")
        try! model.addConstraint(ship2 - 10 * open2 <= 0, name: "capacity2")
        try! model.minimize(10 * open1 + 2 * open2 + ship1 + 3 * ship2)
        return ContractCase(name: "fixed charge MIP", model: model, status: .optimal, objective: 23)
    }
}
