// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// A folder of its own for one test, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("corridor-scenario-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func path(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
    }

    /// Copies fixtures in, so a test can change them.
    func copyFixtures(_ names: [String]) throws {
        for name in names {
            try FileManager.default.copyItem(atPath: Fixtures.path(name), toPath: path(name))
        }
    }
}
