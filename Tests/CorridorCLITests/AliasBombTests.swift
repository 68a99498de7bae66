// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// Every command that reads a scenario refuses YAML alias bombs of every shape in bounded time,
/// naming the file and line: `validate`, `solve`, `sweep` (which would otherwise write every
/// expanded node of every variant) and `batch` (its header reader and its workers).
@Suite("alias bombs through every command")
struct AliasBombTests {
    static let commands: [(name: String, arguments: [String], status: Int32)] = [
        ("validate", ["validate", "bomb.yaml"], 1),
        ("solve", ["solve", "bomb.yaml", "--json", "result.json"], 1),
        ("sweep", ["sweep", "bomb.yaml", "--set", "model=small.lp,other.lp", "--out", "variants"], 2),
        ("batch", ["batch", "bomb.yaml", "--out", "results", "--jobs", "1"], 1),
    ]

    @Test("refused within 5 s with a located message", arguments: AliasBombs.shapes.indices, commands.indices)
    func refused(shape: Int, command: Int) throws {
        let (shapeName, text) = AliasBombs.shapes[shape]
        let (name, arguments, status) = Self.commands[command]
        let folder = try TemporaryFolder()
        try folder.write("bomb.yaml", text)
        let started = ContinuousClock.now
        let run = try CorridorTool.run(arguments, in: URL(fileURLWithPath: folder.path), timeout: 60)
        let elapsed = ContinuousClock.now - started
        let context = "\(name) on a bomb in a \(shapeName): \(run.stderr.prefix(600))"
        #expect(!run.timedOut, "\(context)")
        #expect(elapsed < .seconds(5), "\(context)")
        #expect(run.status == status, "\(context)")
        // Where the message is: standard error, or for a batch the scenario's result.
        let message =
            name == "batch"
            ? (try? String(contentsOfFile: folder.path("results/bomb.json"), encoding: .utf8)) ?? ""
            : run.stderr
        #expect(message.contains("bomb.yaml:"), "\(context)")
        #expect(message.contains("mapping key") || message.contains("expands to more than"), "\(context)\n\(message)")
        if name == "sweep" { #expect(!FileManager.default.fileExists(atPath: folder.path("variants"))) }
    }
}
