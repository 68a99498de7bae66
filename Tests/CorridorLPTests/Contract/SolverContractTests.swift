// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation
import CorridorTestSupport
import Testing

/// The contract every solve path must keep: each hand-checked case, through each path.
@Suite("Solver contract")
struct SolverContractTests {
    @Test(arguments: ContractCase.all, SolvePath.allCases)
    func outcome(of contract: ContractCase, along path: SolvePath) throws {
        let (model, solution) = try path.solve(contract.model)
        #expect(solution.status == contract.status, "\(solution.message)")
        guard contract.status == .optimal else {
            #expect(solution.objective == nil || !solution.status.hasSolution)
            return
        }
        let objective = try #require(solution.objective)
        #expect(ContractCase.close(objective, try #require(contract.objective)))
        #expect(solution.bound.map { ContractCase.close($0, objective) } == true)
        #expect(solution.gap == 0)
        #expect(solution.algorithm == path.expectedAlgorithm(mixedInteger: model.isMixedInteger))
        // The solution is a feasible point of the model and its objective is what it claims.
        #expect(model.violation(of: solution.values) == nil)
        #expect(ContractCase.close(model.objectiveValue(of: solution.values), objective))
        for (name, expected) in contract.values {
            let variable = try #require(model.variable(named: name), "no variable \(name)")
            #expect(ContractCase.close(solution[variable], expected), "\(name)")
        }
        if !model.isMixedInteger {
            for (name, expected) in contract.duals {
                let constraint = try #require(model.constraint(named: name), "no row \(name)")
                let dual = try #require(solution.dual(of: constraint))
                #expect(ContractCase.close(dual, expected, tolerance: 1e-5), "dual of \(name)")
            }
        }
    }

    @Test("A model without columns needs no solver")
    func emptyModel() throws {
        var model = Model(name: "empty")
        try model.setObjectiveConstant(5)
        let solution = try GLPKSolver().solve(model)
        #expect(solution.status == .optimal)
        #expect(solution.objective == 5)
    }

    @Test func rowWithoutColumnsThatExcludesZeroIsInfeasible() throws {
        var model = Model()
        try model.addConstraint(LinearExpression() >= 1, name: "impossible")
        let solution = try GLPKSolver().solve(model)
        #expect(solution.status == .infeasible)
        #expect(solution.message.contains("impossible"))
    }

    @Test("The time limit stops branch-and-cut with the best plan and a valid bound")
    func timeLimitRespected() throws {
        let model = MarketSplit.model(rows: 4, columns: 36, seed: 7)
        let limit = 1.0
        let solution = try GLPKSolver().solve(
            model, options: SolveOptions(timeLimit: .seconds(limit)))
        // Generous slack: the suites run in parallel on two cores.
        #expect(solution.seconds < limit + 2.0, "took \(solution.seconds) s")
        // Market split 4×36 takes GLPK hours: the limit, not a proof, must end this solve.
        #expect([.feasible, .noSolution].contains(solution.status), "\(solution.status)")
        if solution.status == .feasible {
            let objective = try #require(solution.objective)
            let bound = try #require(solution.bound)
            #expect(bound <= objective + 1e-9)
            #expect(model.violation(of: solution.values) == nil)
            #expect(solution.message.contains("time limit"))
        }
    }

    @Test("The time limit stops the simplex too", arguments: [SolvePath.dualSimplex, .primalSimplex])
    func lpTimeLimitRespected(along path: SolvePath) throws {
        let model = Transportation.model(supplies: 400, markets: 400, seed: 11)
        let (_, solution) = try path.solve(model, options: SolveOptions(timeLimit: .milliseconds(50)))
        #expect(solution.seconds < 2.5, "took \(solution.seconds) s")
        #expect([.feasible, .noSolution].contains(solution.status), "\(solution.status)")
        if solution.status == .feasible {
            #expect(model.violation(of: solution.values) == nil)
        }
    }

    @Test("A starting solution is checked, then used")
    func startingSolution() throws {
        let knapsack = ContractCase.knapsack.model
        // Taking a alone (weight 5) is feasible but not optimal.
        let start = [1.0, 0, 0, 0]
        let solution = try GLPKSolver().solve(
            knapsack, options: SolveOptions(startingSolution: start))
        #expect(solution.status == .optimal)
        #expect(solution.objective == 21)

        // Taking everything weighs 19 > 14.
        #expect {
            try GLPKSolver().solve(knapsack, options: SolveOptions(startingSolution: [1, 1, 1, 1]))
        } throws: { error in
            guard case SolverError.infeasibleStart(let reason) = error else { return false }
            return reason.contains("capacity") && reason.contains("19")
        }
    }

    @Test("A relative gap stops the proof early and says so")
    func relativeGap() throws {
        let model = MarketSplit.model(rows: 3, columns: 24, seed: 3)
        let solution = try GLPKSolver().solve(
            model, options: SolveOptions(timeLimit: .seconds(20), relativeGap: 0.5))
        #expect(solution.status.hasSolution, "\(solution.status): \(solution.message)")
        let gap = try #require(solution.gap)
        #expect(gap <= 0.5 + 1e-9 || solution.message.contains("time limit"))
        #expect(solution.status == .optimal || solution.message.contains("gap") || solution.message.contains("time limit"))
        #expect(model.violation(of: solution.values) == nil)
    }

    @Test("Reading a solution without values gives nil, not a trap")
    func solutionWithoutValues() throws {
        let contract = ContractCase.infeasible
        let solution = try GLPKSolver().solve(contract.model)
        let x = try #require(contract.model.variable(named: "x"))
        #expect(solution.value(of: x) == nil)
        #expect(solution.value(of: 2 * x) == nil)
        #expect(solution.dual(of: try #require(contract.model.constraint(named: "low"))) == nil)
        #expect(solution.algorithm == nil)
    }

    @Test("Duals and reduced costs come with optimal LPs only")
    func dualsOnlyForOptimalLP() throws {
        let lp = try GLPKSolver().solve(ContractCase.wyndor.model)
        #expect(lp.duals?.count == 3)
        #expect(lp.reducedCosts?.count == 2)
        let mip = try GLPKSolver().solve(ContractCase.knapsack.model)
        #expect(mip.duals == nil)
    }

    @Test("Independent models solve concurrently on different threads")
    func concurrentSolves() async throws {
        let objectives = try await withThrowingTaskGroup(of: Double?.self) { group in
            for _ in 0..<16 {
                group.addTask { try GLPKSolver().solve(ContractCase.knapsack.model).objective }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(objectives.count == 16)
        #expect(objectives.allSatisfy { $0 == 21 })
    }
}

/// Cornuéjols–Dawande market split instances: m equality rows over n binaries with random
/// weights, each row's right-hand side half its weight sum. Tiny, and notoriously hard for
/// branch-and-bound: the slack-minimising form below is what makes a time limit bite.
enum MarketSplit {
    static func model(rows: Int, columns: Int, seed: UInt64) -> Model {
        var generator = SeededGenerator(seed: seed)
        var model = Model(name: "market_split")
        let x = try! model.addVariables(count: columns, prefix: "x", kind: .binary)
        var slack: [Variable] = []
        for row in 0..<rows {
            let weights = (0..<columns).map { _ in Double(generator.next() % 100) }
            let target = (weights.reduce(0, +) / 2).rounded(.down)
            let over = try! model.addVariable("over\(row)")
            let under = try! model.addVariable("under\(row)")
            slack += [over, under]
            try! model.addConstraint("split\(row)", .exactly(target)) { terms in
                for (column, weight) in weights.enumerated() { terms.add(weight, x[column]) }
                terms.add(-1, over)
                terms.add(1, under)
            }
        }
        try! model.minimize(sum(slack))
        return model
    }
}

/// A random balanced transportation LP: `supplies × markets` arcs, large enough that a
/// simplex needs far more than a few milliseconds.
enum Transportation {
    static func model(supplies: Int, markets: Int, seed: UInt64) -> Model {
        var generator = SeededGenerator(seed: seed)
        var model = Model(name: "transportation")
        let ship = try! model.addVariables(count: supplies * markets)
        for arc in ship { try! model.setObjectiveCoefficient(arc, Double(1 + generator.next() % 1000)) }
        let supply = Double(markets * 10)
        let demand = Double(supplies * 10)
        for i in 0..<supplies {
            try! model.addConstraint("", .atMost(supply)) { row in
                for j in 0..<markets { row.add(1, ship[i * markets + j]) }
            }
        }
        for j in 0..<markets {
            try! model.addConstraint("", .atLeast(demand)) { row in
                for i in 0..<supplies { row.add(1, ship[i * markets + j]) }
            }
        }
        return model
    }
}

