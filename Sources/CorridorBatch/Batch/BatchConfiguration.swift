// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
public import CorridorScenario

/// How a batch runs its workers.
public struct BatchConfiguration: Sendable {
    /// The `corridor` executable to start workers from (the running one).
    public var executable: String
    /// Where results and summaries go (`--out`).
    public var outputFolder: String
    /// How many workers at once (`--jobs`), at least 1.
    public var jobs: Int
    /// `--time-limit`: overrides each scenario's `solver.time_limit_seconds`.
    public var timeLimitSeconds: Double?
    /// How long past its time limit a worker may run (loading, building, writing) before it is
    /// killed. A scenario without any time limit (or with one of 10⁹ s or more) is never killed.
    public var graceSeconds: Double
    /// How many scenarios a worker process solves before it is replaced by a fresh one, so that
    /// what a scenario leaves behind in a process (a slow leak, a fragmented heap) cannot pile up.
    public var scenariosPerWorker: Int
    /// The resident memory past which a worker is replaced after its scenario, in bytes.
    public var workerMemoryBytes: Int

    public static let defaultScenariosPerWorker = 500
    public static let defaultWorkerMemoryBytes = 1 << 30

    public init(
        executable: String, outputFolder: String, jobs: Int, timeLimitSeconds: Double? = nil,
        graceSeconds: Double = 10, scenariosPerWorker: Int = defaultScenariosPerWorker,
        workerMemoryBytes: Int = defaultWorkerMemoryBytes
    ) {
        self.executable = executable
        self.outputFolder = outputFolder
        self.jobs = max(1, jobs)
        self.timeLimitSeconds = timeLimitSeconds
        self.graceSeconds = graceSeconds
        self.scenariosPerWorker = max(1, scenariosPerWorker)
        self.workerMemoryBytes = workerMemoryBytes
    }

    /// The time limit that applies to `entry`, in seconds: `--time-limit`, else the file's.
    func timeLimitSeconds(for entry: BatchEntry) -> Double? {
        timeLimitSeconds ?? entry.header.timeLimitSeconds
    }

    /// How long `entry`'s worker may run before it is killed: its time limit + the grace period,
    /// whatever the limit (0 too); `nil` (never) when it has no limit or one too long to count.
    func deadline(for entry: BatchEntry) -> Duration? {
        guard let seconds = timeLimitSeconds(for: entry),
            let limit = Duration.timeLimit(seconds: seconds),
            let grace = Duration.timeLimit(seconds: graceSeconds)
        else { return nil }
        return limit + grace
    }
}
