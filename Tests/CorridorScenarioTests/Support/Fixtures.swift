// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario
import Foundation

/// The test fixtures, copied into the test bundle (`.copy("Fixtures")`).
enum Fixtures {
    static let folder: String = {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            preconditionFailure("the Fixtures folder is missing from the test bundle")
        }
        return url.path
    }()

    static func path(_ name: String) -> String { folder + "/" + name }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// The kinds the tests know: the real `lp` kind and the test-only `depot` kind.
    static let registry = KindRegistry([LPKind.self, DepotKind.self])

    /// Loads scenario text as if it were the file `name` in the fixtures folder (so that its
    /// relative paths find the fixtures).
    static func load(_ text: String, as name: String = "case.yaml") throws(ScenarioValidationError) -> Scenario {
        try ScenarioLoader.load(text: text, file: path(name), registry: registry)
    }

    /// The problems of scenario text, as printed, with the fixtures folder left out of paths.
    static func problems(_ text: String, as name: String = "case.yaml") -> [String] {
        do {
            _ = try load(text, as: name)
            return []
        } catch {
            return error.diagnostics.map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
        }
    }
}
