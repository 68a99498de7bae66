// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// The contract between `corridor batch` and the worker process it starts for each scenario:
/// the hidden subcommand `corridor batch-worker FILE --json PATH --timing PATH [--time-limit S]`,
/// which runs `corridor solve FILE --json PATH` in a process of its own, so that whatever that
/// scenario does (crash, hang, exhaust memory) stays in that process.
public struct WorkerInvocation: Sendable {
    /// The hidden subcommand of `corridor` that runs one scenario for a batch.
    public static let subcommand = "batch-worker"
    /// The batch's process id, given to each worker so it can notice when the batch is gone.
    public static let parentVariable = "CORRIDOR_BATCH_PARENT"

    public var scenario: String
    /// Where the worker's `solve` writes the result JSON (a private temporary path).
    public var json: String
    /// Where the worker writes its ``WorkerTiming``.
    public var timing: String
    /// `--time-limit` of the batch, passed on to `solve`.
    public var timeLimitSeconds: Double?

    /// The arguments after the executable.
    public var arguments: [String] {
        var arguments = [Self.subcommand, scenario, "--json", json, "--timing", timing]
        if let timeLimitSeconds { arguments += ["--time-limit", "\(timeLimitSeconds)"] }
        return arguments
    }
}

/// When a worker started and finished its `solve`, as seconds since 1970 on the shared clock of
/// the machine: with the batch's own clock readings it splits a scenario's wall time into start
/// (process start-up), the worker's run (load, solve, write) and recording.
public struct WorkerTiming: Sendable, Codable {
    public var entered: Double
    public var finished: Double

    public init(entered: Double, finished: Double) {
        self.entered = entered
        self.finished = finished
    }

    /// Writes this timing as JSON to `path` (a private temporary file; no atomicity needed, as a
    /// timing that does not parse is only left out of the overhead figures).
    public func write(to path: String) {
        if let data = try? JSONEncoder().encode(self) {
            _ = FileManager.default.createFile(atPath: path, contents: data)
        }
    }

    static func read(_ path: String) -> WorkerTiming? {
        FileManager.default.contents(atPath: path).flatMap {
            try? JSONDecoder().decode(WorkerTiming.self, from: $0)
        }
    }
}
