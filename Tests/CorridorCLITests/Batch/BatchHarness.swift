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

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        /// Whether it was killed (SIGKILL) for running past the `timeout` it was given.
        var timedOut = false
    }

    /// Runs `corridor` with `arguments` in the workspace and waits for it, at most `timeout`
    /// seconds (then it is killed and the run says ``Run/timedOut``).
    func corridor(
        _ arguments: [String], environment: [String: String] = [:], timeout: Double? = nil
    ) throws -> Run {
        try run(CorridorTool.executable.path, arguments, environment: environment, timeout: timeout)
    }

    /// Runs `command` with `/bin/sh -c` in the workspace, `corridor` first on `PATH`.
    func shell(_ command: String, environment: [String: String] = [:]) throws -> Run {
        try run("/bin/sh", ["-c", command], environment: environment)
    }

    /// Starts `corridor` (or `executable`) with `arguments` without waiting (standard output and
    /// error discarded).
    func start(
        _ arguments: [String], environment: [String: String] = [:],
        executable: String = CorridorTool.executable.path
    ) throws -> Process {
        let process = makeProcess(executable, arguments, environment)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func run(
        _ executable: String, _ arguments: [String], environment: [String: String],
        timeout: Double? = nil
    ) throws -> Run {
        let process = makeProcess(executable, arguments, environment)
        // Files rather than pipes: a worker that outlives its batch cannot hold a pipe open and
        // block the test.
        let outPath = path(".stdout-\(UUID().uuidString)")
        let errPath = path(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
        var timedOut = false
        if let timeout, !eventually(within: timeout, { !process.isRunning }) {
            // Its workers notice that their batch is gone and end by themselves.
            kill(process.processIdentifier, SIGKILL)
            timedOut = true
        }
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
            timedOut: timedOut)
    }

    private func makeProcess(
        _ executable: String, _ arguments: [String], _ environment: [String: String]
    ) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = root
        var merged = ProcessInfo.processInfo.environment
        merged["PATH"] = CorridorTool.executable.deletingLastPathComponent().path + ":" + (merged["PATH"] ?? "/usr/bin:/bin")
        merged.removeValue(forKey: "CORRIDOR_TEST_CRASH_ON")
        merged.removeValue(forKey: "CORRIDOR_TEST_HANG_ON")
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        process.standardInput = FileHandle.nullDevice
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

/// Waits until `condition` holds, checking every 50 ms, for at most `seconds`.
func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        usleep(50_000)
    }
    return condition()
}
