// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// `corridor yard capacity` and `corridor solve` of a yard scenario, run as built.
@Suite("corridor yard capacity, end to end")
struct YardCommandTests {
    static let scenarios = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Models/scenarios")

    func path(_ name: String) -> String { Self.scenarios.appendingPathComponent("\(name).yaml").path }

    @Test("--json - prints the answer's members in the documented order; the summary goes to standard error")
    func capacityJSON() throws {
        let run = try CorridorTool.run(["yard", "capacity", path("aktau-yard-today"), "--json", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "yard" && object["what"] as? String == "capacity")
        #expect(object["status"] as? String == "optimal")
        let scale = try #require(object["demand_scale_max"] as? Double)
        #expect(scale > 1 && scale < 240.0 / 140)
        #expect((object["binding"] as? [[String: Any]])?.isEmpty == false)
        let keys = ["scenario", "kind", "what", "status", "demand_scale_max", "bound", "teu_per_horizon",
                    "yearly_teu", "binding", "model", "solve_seconds"]
        let positions = keys.map { run.stdout.range(of: "\"\($0)\"")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(zip(positions, positions.dropFirst()).allSatisfy { $0! < $1! })
        #expect(run.stderr.contains("Demand scale max: "), "\(run.stderr)")
    }

    @Test("a scenario of another kind is a located problem at kind:, exit status 1")
    func otherKind() throws {
        let run = try CorridorTool.run(["yard", "capacity", "solve/ok.yaml"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("kind"), "\(run.stderr)")
    }

    @Test("corridor solve of a yard scenario: optimal, overflow with reasons, a heat map")
    func solveYard() throws {
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent("yard-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: svg) }
        let run = try CorridorTool.run(["solve", path("aktau-yard-240k"), "--json", "-", "--svg", svg])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "optimal")
        #expect((object["unserved"] as? Double ?? 0) > 0)
        let overflow = try #require((object["plan"] as? [String: Any])?["overflow"] as? [[String: Any]])
        #expect(overflow.allSatisfy { ["capacity", "plugs", "hazardous blocks", "moves", "max_blocks", "min_teu_per_block", "penalty"].contains($0["reason"] as? String ?? "") })
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("overflow"))
    }
}
