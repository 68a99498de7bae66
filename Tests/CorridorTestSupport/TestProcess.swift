// SPDX-License-Identifier: GPL-3.0-or-later

public import Foundation

/// Running a program as a user runs it, for the end-to-end tests of every target: arguments in,
/// exit status, standard output and standard error out.
public enum TestProcess {
    public struct Run: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        /// Whether it was killed (SIGKILL) for running past the `timeout` it was given.
        public var timedOut = false
    }

    /// Runs `program` with `arguments` in `folder` and waits for it, at most `timeout` seconds
    /// (then it is killed and the run says ``Run/timedOut``).
    ///
    /// Output goes to files rather than pipes: reading two pipes one after the other can block
    /// on a child that fills the second, and a process that outlives the run (a batch worker)
    /// would hold a pipe open. `standardError` replaces the captured standard error (e.g.
    /// `/dev/full`).
    public static func run(
        _ program: String, _ arguments: [String], in folder: URL, environment: [String: String],
        timeout: Double? = nil, standardError: FileHandle? = nil
    ) throws -> Run {
        let process = make(program, arguments, in: folder, environment: environment)
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

    /// A process for `program` in `folder` with no standard input, the caller's environment
    /// (less its `CORRIDOR_TEST_` triggers) and `environment` on top.
    public static func make(
        _ program: String, _ arguments: [String], in folder: URL, environment: [String: String]
    ) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var merged = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CORRIDOR_TEST_") }
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        process.standardInput = FileHandle.nullDevice
        return process
    }
}

/// Waits until `condition` holds, checking every 50 ms, for at most `seconds`.
public func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        usleep(50_000)
    }
    return condition()
}
