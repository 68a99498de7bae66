// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import Testing

/// The built `corridor` executable, run as a user runs it: arguments in, exit status, standard
/// output and standard error out.
enum CorridorTool {
    /// `corridor` sits next to the test bundle in the build folder.
    static let executable: URL = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = bundle.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("corridor")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return bundle.deletingLastPathComponent().appendingPathComponent("corridor")
    }()

    /// The test fixtures folder (`Tests/CorridorCLITests/Fixtures`, copied as a resource).
    static let fixtures: URL = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        /// Whether it was killed (SIGKILL) for running past the `timeout` it was given.
        var timedOut = false
    }

    /// Runs `corridor` (or `program`) with `arguments` in `folder` and waits for it, at most
    /// `timeout` seconds (then it is killed and the run says ``Run/timedOut``).
    ///
    /// Output goes to files rather than pipes: reading two pipes one after the other can block
    /// on a child that fills the second, and a batch worker that outlives its batch would hold a
    /// pipe open. `standardError` replaces the captured standard error (e.g. `/dev/full`).
    static func run(
        _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
        timeout: Double? = nil, program: String = executable.path,
        standardError: FileHandle? = nil
    ) throws -> Run {
        let process = makeProcess(program, arguments, in: folder ?? fixtures, environment)
        let scratch = FileManager.default.temporaryDirectory.path + "/corridor-run-\(UUID().uuidString)"
        let outPath = scratch + ".stdout"
        let errPath = scratch + ".stderr"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = standardError ?? FileHandle(forWritingAtPath: errPath)
        try process.run()
        var timedOut = false
        if let timeout, !eventually(within: timeout, { !process.isRunning }) {
            // A batch's workers notice that their batch is gone and end by themselves.
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

    /// A process for `program` in `folder`, with `corridor` first on `PATH`, no standard input,
    /// and none of the test-only triggers of the caller's environment unless `environment` sets
    /// them.
    static func makeProcess(
        _ program: String, _ arguments: [String], in folder: URL, _ environment: [String: String]
    ) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var merged = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CORRIDOR_TEST_") }
        merged["PATH"] = executable.deletingLastPathComponent().path + ":" + (merged["PATH"] ?? "/usr/bin:/bin")
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        process.standardInput = FileHandle.nullDevice
        return process
    }

    /// `text` with what changes from run to run (the solve time) masked.
    static func masked(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("Time:") ? "Time:       <masked>" : String(line)
        }.joined(separator: "\n")
    }

    /// Compares `actual` with the expected file `name` in `Fixtures/`; with the environment
    /// variable `CORRIDOR_RECORD=1` the file is (re)written instead.
    static func expectMatches(
        _ actual: String, expected name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        if ProcessInfo.processInfo.environment["CORRIDOR_RECORD"] == "1" {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
            try actual.write(to: source, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(
            contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        #expect(actual == expected, sourceLocation: sourceLocation)
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
