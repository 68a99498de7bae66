// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Testing

@Suite("Modeling layer")
struct ModelingTests {
    @Test func expressionsMergeRepeatsAndMoveConstants() throws {
        var model = Model()
        let x = try model.addVariable("x")
        let y = try model.addVariable("y")
        // 2x + y + 3 − x + 1 ≤ 10  ⇔  x + y ≤ 6
        let row = try model.addConstraint(2 * x + y + 3 - x + 1 <= 10, name: "cap")
        let terms = model.terms(of: row)
        #expect(terms.map(\.variable) == [x, y])
        #expect(terms.map(\.coefficient) == [1, 1])
        #expect(model.rowBounds[row.index] == .atMost(6))
    }

    @Test func cancellingTermsLeaveNoZeroEntry() throws {
        var model = Model()
        let x = try model.addVariable("x")
        let y = try model.addVariable("y")
        let row = try model.addConstraint(x + y - x >= 1)
        #expect(model.terms(of: row).map(\.variable) == [y])
        #expect(model.nonzeroCount == 1)
    }

    @Test func bothSidesMayHoldVariables() throws {
        var model = Model()
        let x = try model.addVariable("x")
        let y = try model.addVariable("y")
        let row = try model.addConstraint(3 * x + 2 == y - 4)
        #expect(model.terms(of: row).map(\.coefficient) == [3, -1])
        #expect(model.rowBounds[row.index] == .exactly(-6))
    }

    @Test func sumOverACollection() throws {
        var model = Model()
        let berths = ["CT1", "CT2", "CT3"]
        let x = try Dictionary(
            uniqueKeysWithValues: berths.map { ($0, try model.addVariable("x[\($0)]", kind: .binary)) })
        let row = try model.addConstraint(sum(over: berths) { 1.0 * x[$0]! } == 1, name: "assign")
        #expect(model.terms(of: row).count == 3)
        #expect(model.name(of: row) == "assign")
        #expect(model.variable(named: "x[CT2]") == x["CT2"])
    }

    @Test func rangedRows() throws {
        var model = Model()
        let x = try model.addVariable("x")
        let row = try model.addConstraint(2 * x + 1, in: 3...9)
        #expect(model.rowBounds[row.index] == .between(2, 8))
    }

    @Test func binaryVariablesAreClampedToZeroOne() throws {
        var model = Model()
        let b = try model.addVariable("b", lower: -3, upper: 7, kind: .binary)
        #expect(model.columnBounds[b.index] == .between(0, 1))
        #expect(model.integerColumnCount == 1)
    }

    @Test func unnamedItemsGetGLPKStyleNames() throws {
        var model = Model()
        let x = try model.addVariables(count: 3)
        let row = try model.addConstraint(sum(x) <= 1)
        #expect(model.name(of: x[2]) == "x3")
        #expect(model.name(of: row) == "r1")
        let named = try model.addVariables(count: 2, prefix: "ship")
        #expect(model.name(of: named[1]) == "ship[2]")
    }

    @Test func fastPathEqualsExpressionPath() throws {
        var slow = Model()
        var fast = Model()
        let xs = try slow.addVariables(count: 50, prefix: "x")
        let ys = try fast.addVariables(count: 50, prefix: "x")
        for row in 0..<20 {
            try slow.addConstraint(
                sum(over: 0..<50) { Double(($0 * 7 + row) % 5) * xs[$0] } <= Double(row))
            try fast.addConstraint("", .atMost(Double(row))) { terms in
                for column in 0..<50 { terms.add(Double((column * 7 + row) % 5), ys[column]) }
            }
        }
        #expect(slow.nonzeroCount == fast.nonzeroCount)
        for row in slow.constraints {
            #expect(slow.terms(of: row).map(\.coefficient) == fast.terms(of: row).map(\.coefficient))
        }
    }

    @Test func constraintsOfAnotherModelAreRefused() throws {
        var model = Model()
        var other = Model()
        let y = try other.addVariable("y")
        let foreign = try other.addConstraint(y <= 1)
        #expect(throws: ModelError.unknownConstraint(index: 0, rowCount: 0)) {
            try model.setBounds(of: foreign, .atMost(2))
        }
        #expect(model.terms(of: foreign).isEmpty)
        #expect(model.name(of: foreign) == "r1")
    }

    @Test func bulkObjectiveCoefficients() throws {
        var model = Model()
        let x = try model.addVariables(count: 3)
        try model.setObjectiveCoefficients([1, 2, 3], of: x)
        #expect(model.objectiveCoefficients == [1, 2, 3])
        #expect(throws: ModelError.wrongLength(what: "objective coefficients", count: 2, expected: 3)) {
            try model.setObjectiveCoefficients([1, 2], of: x)
        }
        #expect {
            try model.setObjectiveCoefficients([1, .nan, 3], of: x)
        } throws: { "\($0)".contains("x2") }
        #expect(model.objectiveCoefficients == [1, 2, 3])
    }

    @Test func onlyNamedColumnsStoreNames() throws {
        var model = Model()
        _ = try model.addVariables(count: 4)
        let named = try model.addVariable("late")
        #expect(model.columnNames == ["", "", "", "", "late"])
        #expect(model.variable(named: "late") == named)
        #expect(model.variable(named: "") == nil)
    }

    @Test func solutionEvaluatesExpressions() throws {
        let wyndor = ContractCase.wyndor.model
        let solution = try GLPKSolver().solve(wyndor)
        let x = try #require(wyndor.variable(named: "x"))
        let y = try #require(wyndor.variable(named: "y"))
        #expect(solution.value(of: 3 * x + 5 * y) == 36)
        #expect(solution.rowActivities == [2, 12, 18])
    }
}
