// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// `corridor solve` and `corridor validate` on scenario files, run as built: exit statuses (the
/// same notion of failure as `batch`: a result with status `error` fails), messages and JSON.
@Suite("corridor solve and validate, end to end")
struct SolveCommandTests {
    /// The JSON object on standard output of a `--json -` run.
    func json(_ run: CorridorTool.Run) throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any],
            "not JSON: \(run.stdout) \(run.stderr)")
    }

    @Test("an optimal result exits with 0 and prints the summary")
    func optimal() throws {
        let run = try CorridorTool.run(["solve", "solve/ok.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Status:     optimal"))
        #expect(run.stdout.contains("Objective:  11\n"))
        // Plan numbers without a trailing .0.
        #expect(run.stdout.contains("\n  x         3\n  y         1"), "\(run.stdout)")
    }

    @Test("--time-limit 1e300 and time_limit_seconds: 1e300 mean no limit, not a crash")
    func hugeTimeLimits() throws {
        let option = try CorridorTool.run(["solve", "solve/ok.yaml", "--time-limit", "1e300", "--json", "-"])
        #expect(option.status == 0, "\(option.stderr)")
        #expect(try json(option)["status"] as? String == "optimal")
        let file = try CorridorTool.run(["solve", "solve/huge-limit.yaml", "--json", "-"])
        #expect(file.status == 0, "\(file.stderr)")
        #expect(try json(file)["status"] as? String == "optimal")
        #expect(try CorridorTool.run(["validate", "solve/huge-limit.yaml"]).status == 0)
    }

    @Test("a negative or non-finite --time-limit is a bad argument (exit status 2); 0 is allowed")
    func timeLimitArgument() throws {
        for bad in ["-1", "nan", "inf"] {
            let run = try CorridorTool.run(["solve", "solve/ok.yaml", "--time-limit=\(bad)"])
            #expect(run.status == 2, "--time-limit \(bad): \(run.stderr)")
            #expect(run.stderr.contains("--time-limit must be a number of seconds ≥ 0"), "\(run.stderr)")
        }
        // 0 stops at once: no plan yet is an answer, not a failure.
        let zero = try CorridorTool.run(["solve", "solve/ok.yaml", "--time-limit", "0", "--json", "-"])
        #expect(zero.status == 0, "\(zero.stderr)")
        #expect(["feasible", "no-solution"].contains(try json(zero)["status"] as? String), "\(zero.stdout)")
    }

    @Test("no-solution (a limit passed before any plan) is an answer: exit status 0")
    func noSolution() throws {
        let run = try CorridorTool.run(["solve", "solve/stopped.yaml", "--json", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try json(run)["status"] as? String == "no-solution")
    }

    @Test("an infeasible lp model fails the scenario: exit status 1, JSON with status error and message")
    func infeasible() throws {
        let folder = try TemporaryFolder()
        let target = folder.path("result.json")
        let run = try CorridorTool.run(["solve", "solve/infeasible.yaml", "--json", target])
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("Status:     error"))
        #expect(run.stderr.contains("solve/infeasible.yaml: infeasible"), "\(run.stderr)")
        let result = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: target))) as? [String: Any])
        #expect(result["status"] as? String == "error")
        #expect(result["scenario"] as? String == "no-plan")
        #expect((result["message"] as? String)?.hasPrefix("infeasible") == true)
    }

    @Test("a MathProg model that does not translate: validate and solve both fail, at `model:`'s line")
    func brokenMathProg() throws {
        let validate = try CorridorTool.run(["validate", "solve/broken-mathprog.yaml"])
        #expect(validate.status == 1)
        #expect(!validate.stdout.contains("ok"))
        let line = try #require(validate.stderr.split(separator: "\n").first.map(String.init))
        #expect(line.hasPrefix("solve/broken-mathprog.yaml:3: model: "), "\(line)")
        #expect(line.contains("bad.mod:2") && line.contains("y not defined"), "\(line)")
        #expect(line.hasSuffix(" — fix the model file"), "\(line)")

        let solve = try CorridorTool.run(["solve", "solve/broken-mathprog.yaml", "--json", "-"])
        #expect(solve.status == 1)
        #expect(solve.stderr.contains(line))
        let result = try json(solve)
        #expect(result["status"] as? String == "error")
        #expect(result["scenario"] as? String == "broken")
        #expect(result["kind"] as? String == "lp")
        #expect((result["errors"] as? [String])?.first == line)
    }

    @Test("interior point with a time limit is a validation problem at solver.method")
    func interiorWithTimeLimit() throws {
        let run = try CorridorTool.run(["validate", "solve/interior-limit.yaml"])
        #expect(run.status == 1)
        #expect(
            run.stderr.hasPrefix(
                "solve/interior-limit.yaml:5: solver.method: GLPK's interior point method cannot be stopped by a time limit"),
            "\(run.stderr)")
    }

    @Test("an invalid JSON scenario's result names its scenario and kind from the file")
    func invalidJSON() throws {
        let run = try CorridorTool.run(["solve", "solve/invalid.json", "--json", "-"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("solve/invalid.json:5: colour: unknown field"), "\(run.stderr)")
        let result = try json(run)
        #expect(result["status"] as? String == "error")
        #expect(result["scenario"] as? String == "from-json")
        #expect(result["kind"] as? String == "lp")
    }

    @Test("the help states the exit statuses")
    func help() throws {
        let run = try CorridorTool.run(["solve", "--help"])
        #expect(run.status == 0)
        let help = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("Exit status: 0 when the result's status is optimal, feasible or no-solution; 1 when it is error"), "\(help)")
    }
}
