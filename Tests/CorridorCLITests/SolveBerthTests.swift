// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// `corridor solve --format dbap`: public berth allocation instances, end to end.
@Suite("corridor solve --format dbap, end to end")
struct SolveBerthTests {
    func json(_ run: CorridorTool.Run) throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any],
            "not JSON: \(run.stdout) \(run.stderr)")
    }

    @Test("a DBAP instance solves to its optimum, every vessel served, times in hours")
    func tiny() throws {
        let run = try CorridorTool.run(["solve", "solve/tiny-dbap.txt", "--format", "dbap", "--json", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        let result = try json(run)
        #expect(result["kind"] as? String == "berth")
        #expect(result["status"] as? String == "optimal")
        // Berths open at 1: V1 (eta 0) 1–5 at B1 (5), V2 (eta 1) 1–4 at B2 (3),
        // V4 (eta 3, B2 only) 4–6 (3), V3 (eta 2) 5–10 at B1 (8): 19.
        #expect(result["objective"] as? Double == 19)
        #expect(result["unserved"] as? Double == 0)
    }

    @Test("an instance no plan serves fully is an error with the vessel and its reason")
    func unservable() throws {
        let run = try CorridorTool.run(["solve", "solve/unservable-dbap.txt", "--format", "dbap", "--json", "-"])
        #expect(run.status == 1)
        let result = try json(run)
        #expect(result["status"] as? String == "error")
        #expect((result["message"] as? String)?.hasPrefix("no plan serves every vessel: V1: no berth window") == true)
    }
}
