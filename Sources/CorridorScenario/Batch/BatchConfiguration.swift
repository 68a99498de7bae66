// SPDX-License-Identifier: GPL-3.0-or-later

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
    /// killed. A scenario without any time limit is never killed.
    public var graceSeconds: Double

    public init(
        executable: String, outputFolder: String, jobs: Int, timeLimitSeconds: Double? = nil,
        graceSeconds: Double = 10
    ) {
        self.executable = executable
        self.outputFolder = outputFolder
        self.jobs = max(1, jobs)
        self.timeLimitSeconds = timeLimitSeconds
        self.graceSeconds = graceSeconds
    }

    /// The seconds after which `entry`'s worker is killed, `nil` for never.
    func deadline(for entry: BatchEntry) -> Double? {
        (timeLimitSeconds ?? entry.header.timeLimitSeconds).map { $0 + graceSeconds }
    }
}
