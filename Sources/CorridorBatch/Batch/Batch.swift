// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario
import Foundation

/// One batch from start to end, as a library call: find the scenarios under some paths, take a
/// shard of them, solve those without a complete result (with `resume`) in worker processes, and
/// write the summary. `corridor batch` only parses its arguments into a ``Batch`` and prints the
/// ``Run`` it returns.
public struct Batch: Sendable {
    /// Scenario files or folders to search (recursively, hidden entries skipped).
    public var paths: [String]
    /// How the workers run, and where results go.
    public var configuration: BatchConfiguration
    /// The slice of the scenarios this run solves.
    public var shard: Shard
    /// Solve only the scenarios without a complete result in the output folder.
    public var resume: Bool
    /// With `resume`, solve failed scenarios again too.
    public var retryFailed: Bool

    public init(
        paths: [String], configuration: BatchConfiguration, shard: Shard = .all, resume: Bool = false,
        retryFailed: Bool = false
    ) {
        self.paths = paths
        self.configuration = configuration
        self.shard = shard
        self.resume = resume
        self.retryFailed = retryFailed
    }

    /// What a finished batch did.
    public struct Run: Sendable {
        /// Every scenario of the shard, solved now or earlier (`resume`).
        public var summary: Summary
        /// The scenarios solved by this run, with their timings.
        public var outcomes: [ScenarioOutcome]
        public var elapsed: Duration
    }

    /// Runs the batch; `progress` shows it as it goes.
    ///
    /// On SIGINT or SIGTERM the scratch folder is removed and the process exits with 128 + the
    /// signal (the scenarios still running are left for `resume`); this call does not return then.
    ///
    /// - Throws: ``BatchError`` for bad arguments (no paths, no scenarios under them, an output
    ///   folder that cannot be made, a summary that cannot be written).
    public func run(progress: BatchProgress) async throws(BatchError) -> Run {
        guard !paths.isEmpty else {
            throw BatchError("no paths given — give scenario files or folders that hold them")
        }
        let folder = configuration.outputFolder
        let files = try ScenarioCollector.collect(paths, excludingFolders: [folder])
        guard !files.isEmpty else {
            throw BatchError(
                "no scenario files (.yaml, .yml, .json) under \(paths.joined(separator: " "))"
                    + " — give scenario files or folders that hold them")
        }
        let entries = shard.select(BatchEntry.entries(for: files))
        let runner = try BatchRunner(configuration: configuration)
        BatchInterruption.install { runner.removeScratch() }

        let todo = resume ? BatchResults.pending(entries, in: folder, retryFailed: retryFailed) : entries
        let clock = ContinuousClock.now
        progress.started(total: todo.count, skipped: entries.count - todo.count)
        let outcomes = await runner.run(todo, progress: progress)
        if BatchInterruption.isInterrupted { BatchInterruption.waitForExit() }
        progress.completed()
        runner.removeScratch()
        let elapsed = clock.duration(to: .now)

        let summary = BatchResults.summary(of: entries, in: folder)
        do {
            try summary.write(to: folder)
        } catch {
            throw BatchError("cannot write the summary into \(folder): \(error.localizedDescription)")
        }
        return Run(summary: summary, outcomes: outcomes, elapsed: elapsed)
    }
}
