// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation
import Testing

/// Invalid input must give an error that names the bad value, never reach GLPK (which would
/// `abort()`). Each case runs in a child process (an exit test), so an abort fails the test
/// instead of killing the test run: "never aborts" is checked, not assumed.
@Suite("Misuse never aborts")
struct MisuseTests {
    @Test func variableOfAnotherModel() async {
        await #expect(processExitsWith: .success) {
            var other = Model()
            let stranger = try other.addVariables(count: 5, prefix: "y").last!
            var model = Model()
            let x = try model.addVariable("x")
            #expect {
                try model.addConstraint(x + stranger <= 1, name: "mixed")
            } throws: { error in
                "\(error)".contains("constraint mixed") && "\(error)".contains("x5")
                    && "\(error)".contains("not in this model")
            }
            // The failed row left nothing behind: the model still solves.
            try model.minimize(LinearExpression(x))
            #expect(try GLPKSolver().solve(model).status == .optimal)
            #expect(model.rowCount == 0 && model.nonzeroCount == 0)
        }
    }

    @Test func nonFiniteCoefficients() async {
        await #expect(processExitsWith: .success) {
            var model = Model()
            let x = try model.addVariable("x")
            #expect(throws: ModelError.invalidCoefficient(owner: "constraint r1", variable: "x1", value: .infinity)) {
                try model.addConstraint(.infinity * x <= 1)
            }
            #expect {
                try model.minimize(Double.nan * x)
            } throws: { "\($0)".contains("nan") && "\($0)".contains("objective") }
            #expect {
                try model.addConstraint(x + Double.nan <= 1)
            } throws: { "\($0)".contains("constant") }
        }
    }

    @Test func invalidBounds() async {
        await #expect(processExitsWith: .success) {
            var model = Model()
            #expect {
                try model.addVariable("late", lower: 5, upper: 1)
            } throws: { "\($0)".contains("variable late") && "\($0)".contains("above the upper bound") }
            #expect {
                try model.addVariable("nan", lower: .nan)
            } throws: { "\($0)".contains("NaN") }
            let x = try model.addVariable("x")
            #expect {
                try model.addConstraint(LinearExpression(x), in: 3...3, name: "ok")
                try model.addConstraint("bad", Bounds(lower: .infinity)) { $0.add(1, x) }
            } throws: { "\($0)".contains("constraint bad") && "\($0)".contains("+infinity") }
            #expect(model.rowCount == 1)
        }
    }

    @Test func namesGLPKCannotStore() async {
        await #expect(processExitsWith: .success) {
            var model = Model()
            #expect {
                try model.addVariable(String(repeating: "v", count: 256))
            } throws: { "\($0)".contains("256 bytes") && "\($0)".contains("at most 255") }
            #expect {
                try model.addVariable("tab\there")
            } throws: { "\($0)".contains("control character") }
            // 255 bytes is GLPK's limit, and allowed.
            let longest = try model.addVariable(String(repeating: "w", count: 255))
            try model.minimize(LinearExpression(longest))
            #expect(try GLPKSolver().solve(model).status == .optimal)
        }
    }

    @Test func modelAndObjectiveNamesAreCheckedWhereTheyReachGLPK() async {
        await #expect(processExitsWith: .success) {
            var model = ContractCase.wyndor.model
            model.name = "week\n49"
            #expect {
                try GLPKSolver().solve(model)
            } throws: { "\($0)".contains("control character") }
            model.name = "week-49"
            model.objectiveName = String(repeating: "z", count: 300)
            let path = try MisuseTests.file("", "lp")
            #expect {
                try model.write(to: path)
            } throws: { "\($0)".contains("300 bytes") }
            model.objectiveName = "profit"
            #expect(try GLPKSolver().solve(model).objective == 36)
        }
    }

    @Test func invalidOptions() async {
        await #expect(processExitsWith: .success) {
            var model = Model()
            let x = try model.addVariable("x", kind: .integer)
            try model.minimize(LinearExpression(x))
            let solver = GLPKSolver()
            #expect {
                try solver.solve(model, options: SolveOptions(timeLimit: .seconds(-1)))
            } throws: { "\($0)".contains("time limit") && "\($0)".contains("-1") }
            #expect {
                try solver.solve(model, options: SolveOptions(relativeGap: .nan))
            } throws: { "\($0)".contains("relative gap") }
            #expect {
                try solver.solve(model, options: SolveOptions(startingSolution: [1, 2]))
            } throws: { "\($0)".contains("2 values where 1 are needed") }
            #expect {
                try solver.solve(model, options: SolveOptions(startingSolution: [0.5]))
            } throws: { "\($0)".contains("not a whole number") }
        }
    }

    @Test func interiorPointCannotHonourATimeLimit() async {
        await #expect(processExitsWith: .success) {
            var model = Model()
            let x = try model.addVariable("x")
            try model.minimize(LinearExpression(x))
            #expect {
                try GLPKSolver().solve(
                    model, options: SolveOptions(method: .interiorPoint, timeLimit: .seconds(5)))
            } throws: { "\($0)".contains("interior") && "\($0)".contains("time limit") }
        }
    }

    @Test func malformedModelFiles() async {
        await #expect(processExitsWith: .success) {
            let lp = try MisuseTests.file("Maximize\n obj: 3 x +\nSubject To\n c1: x <= 4 4\nEnd\n", "lp")
            #expect {
                try Model.read(contentsOf: lp)
            } throws: { "\($0)".contains(lp) && "\($0)".contains(":3:") }

            let mps = try MisuseTests.file("NAME x\nROWS\n N obj\nCOLUMNS\n x obj notanumber\nENDATA\n", "mps")
            #expect {
                try Model.read(contentsOf: mps)
            } throws: { "\($0)".contains(mps) && "\($0)".contains("not a valid") }

            #expect {
                try Model.read(contentsOf: "/no/such/folder/model.lp")
            } throws: { "\($0)".contains("no such file") }
            #expect {
                try Model.read(contentsOf: lp + ".txt")
            } throws: { "\($0)".contains("no such file") || "\($0)".contains("unknown model format") }
        }
    }

    @Test func malformedMathProg() async {
        await #expect(processExitsWith: .success) {
            let model = try MisuseTests.file("var x >= 0;\nminimize z: x +;\nend;\n", "mod")
            #expect {
                try MathProg.solve(model: model)
            } throws: { "\($0)".contains(":2:") && "\($0)".contains("syntax error") }

            // A parameter without data fails in generation, after a successful read.
            let noData = try MisuseTests.file(
                "param n;\nvar x{1..n} >= 0;\nminimize z: sum{i in 1..n} x[i];\nend;\n", "mod")
            #expect {
                try MathProg.solve(model: noData)
            } throws: { "\($0)".contains("n") && "\($0)".contains("no value") }
        }
    }

    /// Writes `text` to a new temporary file ending in `.suffix`, for a case to read.
    static func file(_ text: String, _ suffix: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("misuse-\(UUID().uuidString).\(suffix)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
