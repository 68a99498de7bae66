// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario
import CorridorYard
import Foundation

/// Loading yard scenarios from text and from the bundled files.
enum YardScenarios {
    static let registry = KindRegistry([YardKind.self])

    /// The repository's `Models/` folder.
    static let models = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Models")

    static let bundled = ["aktau-yard-today", "aktau-yard-240k", "aktau-yard-expanded"]

    static func bundledPath(_ name: String) -> String {
        models.appendingPathComponent("scenarios/\(name).yaml").path
    }

    /// The scenario `text` as if read from `file`, typed as a yard scenario.
    static func load(_ text: String, file: String = "yard.yaml") throws -> TypedScenario<YardKind> {
        let scenario = try ScenarioLoader.load(text: text, file: file, registry: registry)
        return scenario.typed(as: YardKind.self)!
    }

    /// Every located message of the invalid scenario `text`.
    static func problems(_ text: String, file: String = "yard.yaml") -> [String] {
        do {
            _ = try ScenarioLoader.load(text: text, file: file, registry: registry)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// A small valid scenario: 4 periods of 12 h, two blocks, two flows.
    static let small = """
        kind: yard
        name: small-yard
        horizon: {start: 2026-12-01T00:00:00+05:00, hours: 48}
        period_hours: 12
        points: [CT1, GATE]
        blocks:
          - id: A1
            capacity_teu: 100
            max_fill: 0.8
            moves_per_period: 100
            distance_m: {CT1: 100, GATE: 200}
            initial_teu: 20
            initial_leaves: 2
          - id: H1
            capacity_teu: 50
            hazardous: true
            reefer_plugs: 10
            moves_per_period: 40
            distance_m: {CT1: 500, GATE: 500}
        flows:
          - {id: F1, teu: 70, enters: 0, leaves: 3, from: CT1, to: GATE}
          - {id: DG, teu: 10, enters: "2026-12-01T13:00:00+05:00", leaves: "2026-12-02T14:00:00+05:00", from: CT1, to: GATE, hazardous: true}
        """
}
