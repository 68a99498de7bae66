// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorCrossings
import CorridorLP
import Foundation
import Testing

/// `Models/crossings.mod` on the data `mathProgData` writes reaches the Swift model's optimum.
@Suite("Crossings: the MathProg twin")
struct MathProgTwinTests {
    static let modelPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Models/crossings.mod").path

    func twinObjective(_ problem: CrossingsProblem) throws -> Double? {
        let data = FileManager.default.temporaryDirectory
            .appendingPathComponent("crossings-twin-\(UUID().uuidString).dat").path
        try problem.mathProgData().write(toFile: data, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: data) }
        let result = try MathProg.solve(model: Self.modelPath, data: [data])
        return result.solution.status == .optimal ? result.solution.objective : nil
    }

    @Test func twinAgreesOnHandCases() throws {
        // The +08:00 closed-day and cap cases of the slot rules, and a class mix.
        var mixed = checkpoint("b", lanes: 1, minutes: 12, cap: 4, offsetHours: 8,
                               hours: [OpeningInterval("22:00", "02:00")!], closed: [LocalDate(2026, 12, 2)])
        mixed.minutesByClass = [.hazardous: 25, .empty: 6]
        let problem = CrossingsProblem(
            horizon: horizon(48), unservedPenaltyHours: 6,
            checkpoints: [checkpoint("a", lanes: 2, minutes: 30, cap: 5, offsetHours: 8), mixed],
            requests: [
                TruckRequest(id: "R1", trucks: 6, cargo: .hazardous, ready: -2, travelHours: ["a": 3]),
                TruckRequest(id: "R'2", trucks: 9, cargo: .empty, ready: 4, checkpoints: ["b"], deadline: 40),
                TruckRequest(id: "R3", trucks: 7, cargo: .perishable, ready: 10, travelHours: ["a": 1, "b": 2]),
            ])
        let plan = try solveChecked(problem)
        let twin = try #require(try twinObjective(problem))
        #expect(abs(plan.objective! - twin) <= 1e-6 * max(1, abs(twin)))
    }

    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func twinAgreesOnSeededProblems(seed: UInt64) throws {
        let problem = AgreementTests.random(seed: 300 + seed, classes: seed % 2 == 0, lanePlanning: seed % 3 == 0)
        let plan = try solveChecked(problem)
        let twin = try #require(try twinObjective(problem))
        #expect(abs(plan.objective! - twin) <= 1e-6 * max(1, abs(twin)))
    }
}
