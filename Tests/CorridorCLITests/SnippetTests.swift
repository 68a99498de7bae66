// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// The planner's programs in `Snippets/`, which the API documentation shows, built and run: an
/// article whose program stops compiling or starts printing another plan fails here.
@Suite struct SnippetTests {
    /// A snippet's executable sits beside `corridor` in the build folder.
    private func run(_ snippet: String) throws -> CorridorTool.Run {
        let program = CorridorTool.executable.deletingLastPathComponent().appendingPathComponent(snippet)
        try #require(
            FileManager.default.isExecutableFile(atPath: program.path),
            "\(program.path) is missing: `swift build --build-tests` builds the snippets")
        return try CorridorTool.run([], timeout: 120, program: program.path)
    }

    private func expected(_ snippet: String) throws -> String {
        try String(
            contentsOf: CorridorTool.fixtures.appendingPathComponent("snippets/\(snippet).txt"),
            encoding: .utf8)
    }

    /// Hand-checked: DEEP (draft 7.1 m) fits no berth; BARYS (5.9 m) fits CT1 only. TULPAR then
    /// BARYS at CT1 and the ferry at CT2 cost 5 + 16 + 3 × 6 = 39 hours; DEEP costs (48 − 1) + 48
    /// = 95 (finish at the horizon's end plus its default penalty): 134. Serving BARYS first costs
    /// 10 + 14 + 18 = 42, and any other order more.
    @Test func berthProgramPrintsTheOptimalPlan() throws {
        let run = try run("PlanBerths")
        #expect(run.status == 0)
        #expect(run.stdout == (try expected("PlanBerths")))
    }

    /// Hand-checked: B1 is 1.1 km round trip for every flow, A1 1.2 km; in period 1 all 580 TEU
    /// are in the yard and B1 holds 0.85 × 400 = 340 of them (the reefers need its plugs), so
    /// 240 TEU of the feeder go to A1: 580 × 1.1 + 240 × 0.1 = 662 TEU·km. The yard holds 680 TEU
    /// at its peak against 580: the largest demand scale is 680 / 580 = 1.1724….
    @Test func yardProgramPrintsTheOptimalPlanAndCapacity() throws {
        let run = try run("PlanYard")
        #expect(run.status == 0)
        #expect(run.stdout == (try expected("PlanYard")))
    }

    /// Bakhty is open 10:00–17:00 Beijing time, 07:00–14:00 in the horizon's UTC+5: seven slots of
    /// two trucks. Nur Zholy's daily cap of 40 takes R1 (30) and 10 of R2, so Bakhty gets the other
    /// 2 of R2 and 12 of R3, and 8 of R3 are left unserved. Equal-cost slot choices may differ
    /// between solver versions, so only the objective and the unserved line are compared.
    @Test func crossingsProgramLeavesTheTrucksBakhtyCannotTake() throws {
        let run = try run("PlanCrossings")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "status: optimal on the network path, objective: 882.0")
        #expect(lines.filter { $0.contains("unserved") } == [
            "R3: 8 trucks unserved — the capacity before the horizon's end is taken by trucks that cost more to delay"
        ])
    }
}
