// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorBerth
import Testing

@Suite("DBAP text instances")
struct DBAPTests {
    /// 4 vessels, 2 berths, berths open at 1 and close at 20; vessel 4 may not use berth 1; the
    /// last line has extra tokens, as some public files do.
    let text = """
        4\r
        2\r
        0 1 2 3 \r
        1 1 \r
        4 6 \r
        3 3 \r
        5 4 \r
        99999 2 \r
        20 20 \r
        20 20 20 12 20 20 \r

        """

    @Test("reading: horizon, windows, forbidden berths, latest departures, every vessel must be served")
    func reading() throws {
        let problem = try BerthProblem(dbapText: text)
        #expect(problem.horizonHours == 20)
        #expect(problem.berths.map(\.available) == [[HourWindow(from: 1, to: 20)], [HourWindow(from: 1, to: 20)]])
        #expect(problem.vessels.map(\.eta) == [0, 1, 2, 3])
        #expect(problem.vessels[3].handlingHours == .perBerth(["B2": 2]))
        #expect(problem.vessels[3].latestDeparture == 12)
        #expect(problem.vessels.allSatisfy { $0.mustServe })
    }

    @Test("solving: sum of (finish − arrival), every vessel served")
    func solving() throws {
        let problem = try BerthProblem(dbapText: text)
        let result = try solveChecked(problem)
        #expect(result.status == .optimal)
        #expect(result.plan?.unserved.isEmpty == true)
        #expect(result.objective == BruteForce.optimum(problem))
    }

    @Test("an instance no plan serves fully is infeasible, with the vessel and its reason")
    func infeasible() throws {
        let problem = try BerthProblem(dbapText: "1\n1\n5\n0\n4\n6\n9\n")
        let result = try problem.solve()
        #expect(result.status == .infeasible)
        #expect(result.message == "no plan serves every vessel: V1: no berth window before its latest departure: it needs 4 h at B1 between its eta (5 h) and the horizon's end (6 h)")
    }

    @Test("a short file names the line where it ends")
    func truncated() {
        #expect(throws: DBAPFormatError(line: 4, message: "the file ends before the handling times of vessel 1")) {
            try BerthProblem(dbapText: "1\n1\n5\n0\n")
        }
    }
}
