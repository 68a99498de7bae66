// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import Testing

/// Runs `corridor batch`, `summarize`, `sweep` and the deploy scripts in a scratch copy of
/// `Fixtures/batch`, as a user would: arguments and environment in; exit status, output and the
/// files written out.
struct BatchWorkspace {
    let root: URL

    /// A fresh temporary folder holding a copy of `Fixtures/batch` (scenarios, models, sweeps).
    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("corridor-batch-test-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(
            at: CorridorTool.fixtures.appendingPathComponent("batch"), to: root)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    typealias Run = CorridorTool.Run

    /// Runs `corridor` with `arguments` in the workspace and waits for it, at most `timeout`
    /// seconds (then it is killed and the run says ``CorridorTool/Run/timedOut``).
    func corridor(
        _ arguments: [String], environment: [String: String] = [:], timeout: Double? = nil
    ) throws -> Run {
        try CorridorTool.run(arguments, in: root, environment: environment, timeout: timeout)
    }

    /// Runs `command` with `/bin/sh -c` in the workspace, `corridor` first on `PATH`.
    func shell(_ command: String, environment: [String: String] = [:]) throws -> Run {
        try CorridorTool.run(["-c", command], in: root, environment: environment, program: "/bin/sh")
    }

    /// Starts `corridor` (or `executable`) with `arguments` without waiting (standard output and
    /// error discarded).
    func start(
        _ arguments: [String], environment: [String: String] = [:],
        executable: String = CorridorTool.executable.path
    ) throws -> Process {
        let process = CorridorTool.makeProcess(executable, arguments, in: root, environment)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    // MARK: - Reading what a batch wrote

    /// The JSON object in the file at `relative`, `nil` when missing or not a JSON object.
    func json(_ relative: String) -> [String: Any]? {
        guard let data = FileManager.default.contents(atPath: path(relative)) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// The file names in the folder at `relative`, sorted.
    func files(in relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(relative))) ?? []).sorted()
    }

    /// The rows of `<folder>/summary.json`.
    func summaryRows(_ folder: String) throws -> [[String: Any]] {
        let summary = try #require(json("\(folder)/summary.json"), "no \(folder)/summary.json")
        return try #require(summary["rows"] as? [[String: Any]])
    }

    /// The rows of `<folder>/summary.json` as comparable text, without the solve times (which
    /// differ from run to run).
    func comparableRows(_ folder: String) throws -> [String] {
        try summaryRows(folder).map { row in
            ["file", "scenario", "kind", "status", "objective", "bound", "gap", "unserved", "message"]
                .map { "\($0)=\(row[$0].map { "\($0)" } ?? "nil")" }.joined(separator: " ")
        }
    }
}

/// The repository's root, for the deploy files the tests run.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }
}
