// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// `corridor flow solve`, run as built, on DIMACS files (`lp/sample.min` is GLPK's own example;
/// glpsol --mincost finds cost 213 for it).
@Suite("corridor flow, end to end")
struct FlowCommandTests {
    @Test(arguments: ["out-of-kilter", "dual-simplex"])
    func solvesGLPKsSample(algorithm: String) throws {
        let run = try CorridorTool.run(
            ["flow", "solve", "lp/sample.min", "--algorithm", algorithm, "--json", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["status"] as? String == "optimal")
        #expect(json["objective"] as? Double == 213)
        #expect(json["algorithm"] as? String == algorithm)
        #expect(json["nodes"] as? Int == 9)
        #expect(json["arcs"] as? Int == 14)
        // Node 1's 20 units leave by arcs 1 and 2; node 9 takes in 20.
        let flows = try #require(json["flows"] as? [[String: Any]])
        let out = flows.filter { $0["from"] as? String == "n1" }.compactMap { $0["flow"] as? Double }
        let into = flows.filter { $0["to"] as? String == "n9" }.compactMap { $0["flow"] as? Double }
        #expect(out.reduce(0, +) == 20)
        #expect(into.reduce(0, +) == 20)
        #expect(flows.allSatisfy { ($0["flow"] as? Double ?? 0) != 0 })
    }

    @Test func printsNonZeroFlows() throws {
        let run = try CorridorTool.run(["flow", "solve", "lp/sample.min"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Status:     optimal"))
        #expect(run.stdout.contains("Objective:  213"))
        #expect(run.stdout.contains("Network:    9 nodes, 14 arcs"))
        #expect(run.stdout.contains("  a14  n8 -> n9  9"))
    }

    @Test func infeasibleIsAResultNotAnError() throws {
        let run = try CorridorTool.run(["flow", "solve", "lp/too-small.min"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Status:     infeasible"))
        #expect(run.stdout.contains("Objective:  -"))
    }

    @Test func malformedFileNamesTheLine() throws {
        let run = try CorridorTool.run(["flow", "solve", "lp/broken.min"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("lp/broken.min:4:"))
        #expect(run.stdout.isEmpty)
    }
}
