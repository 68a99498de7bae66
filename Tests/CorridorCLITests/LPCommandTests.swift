// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// `corridor lp`, `corridor mathprog` and `--version`, run as built, output compared with
/// expected files (`CORRIDOR_RECORD=1 swift test` rewrites them after a deliberate change).
@Suite("corridor lp and mathprog, end to end")
struct LPCommandTests {
    @Test func solvesAnLPFile() throws {
        let run = try CorridorTool.run(["lp", "solve", "lp/wyndor.lp"])
        #expect(run.status == 0, "\(run.stderr)")
        try CorridorTool.expectMatches(CorridorTool.masked(run.stdout), expected: "lp/wyndor.expected")
    }

    @Test func solvesAnIntegerMPSFileAsJSON() throws {
        let run = try CorridorTool.run(["lp", "solve", "lp/knapsack.mps", "--json", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["status"] as? String == "optimal")
        #expect(json["objective"] as? Double == 21)
        #expect(json["bound"] as? Double == 21)
        #expect(json["gap"] as? Double == 0)
        #expect(json["seconds"] is Double)
        let variables = try #require(json["variables"] as? [String: Double])
        #expect(variables == ["b": 1, "c": 1, "d": 1])
        #expect((json["model"] as? [String: Any])?["integer_columns"] as? Int == 4)
    }

    @Test func writesTheJSONFile() throws {
        let folder = try TemporaryFolder()
        let target = folder.path("wyndor.json")
        let run = try CorridorTool.run(["lp", "solve", "lp/wyndor.lp", "--json", target])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Status:     optimal"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: target)))
        #expect((json as? [String: Any])?["objective"] as? Double == 36)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["wyndor.json"])
    }

    @Test func infeasibleIsAResultNotAnError() throws {
        let run = try CorridorTool.run(["lp", "solve", "lp/infeasible.lp"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Status:     infeasible"))
        #expect(run.stdout.contains("Objective:  -"))
    }

    @Test func mathProgShowsItsOutputAndMatchesGlpsol() throws {
        let run = try CorridorTool.run(
            ["mathprog", "lp/transport.mod", "-d", "lp/transport.dat"])
        #expect(run.status == 0, "\(run.stderr)")
        try CorridorTool.expectMatches(
            CorridorTool.masked(run.stdout), expected: "lp/transport.expected")
    }

    @Test func malformedFileNamesTheLine() throws {
        let run = try CorridorTool.run(["lp", "solve", "lp/broken.lp"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("lp/broken.lp:3:"))
        #expect(run.stdout.isEmpty)
    }

    @Test func missingFileIsAClearError() throws {
        let run = try CorridorTool.run(["lp", "solve", "lp/nowhere.lp"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("lp/nowhere.lp: no such file — check the path"))
    }

    @Test func badArgumentsExitWithTwo() throws {
        let run = try CorridorTool.run(["lp", "solve", "lp/wyndor.lp", "--time-limit=-3"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--time-limit"))
    }

    @Test func mipOptionsReachTheSolver() throws {
        // Every branch-and-cut option at a non-default value still proves the knapsack's optimum.
        let run = try CorridorTool.run([
            "lp", "solve", "lp/knapsack.mps", "--cuts", "gomory,cover", "--no-feasibility-pump",
            "--proximity-search", "--branching", "most", "--presolve", "--json", "-",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(#""objective": 21"#))
        let bad = try CorridorTool.run(["lp", "solve", "lp/knapsack.mps", "--cuts", "gomory,lift"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains(#"no cut class "lift""#))
    }

    @Test func convertsBetweenFormats() throws {
        let folder = try TemporaryFolder()
        let mps = folder.path("wyndor.mps")
        let convert = try CorridorTool.run(["lp", "convert", "lp/wyndor.lp", mps])
        #expect(convert.status == 0)
        #expect(convert.stdout.contains("3 rows, 2 columns, 4 nonzeros"))
        let solve = try CorridorTool.run(["lp", "solve", mps])
        #expect(solve.stdout.contains("Objective:  36"))
    }

    @Test func versionNamesGLPK() throws {
        let run = try CorridorTool.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("corridor "))
        #expect(run.stdout.contains("GLPK 5.0"))
    }
}
