// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario
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

    /// Why a batch did not run to its summary.
    public enum Failure: Error, CustomStringConvertible, Sendable {
        /// Bad arguments: no paths, no scenarios under them, an output folder that cannot be made.
        case badArguments(BatchError)
        /// Every scenario was solved and recorded, but the summary could not be written.
        case summaryNotWritten(folder: String, reason: String)

        public var description: String {
            switch self {
            case .badArguments(let error): error.description
            case .summaryNotWritten(let folder, let reason):
                "cannot write the summary into \(folder): \(reason) — free space or fix the folder's "
                    + "permissions, then run `corridor summarize \(folder) --out \(folder)`"
            }
        }
    }

    /// Runs the batch; `progress` shows it as it goes.
    ///
    /// On SIGINT or SIGTERM the scratch folder is removed and the process exits with 128 + the
    /// signal (the scenarios still running are left for `resume`); this call does not return then.
    ///
    /// - Throws: ``Failure``.
    public func run(progress: BatchProgress) async throws(Failure) -> Run {
        let run: Run
        do {
            run = try await solveAll(progress: progress)
        } catch {
            throw .badArguments(error)
        }
        do {
            try run.summary.write(to: configuration.outputFolder)
        } catch {
            throw .summaryNotWritten(folder: configuration.outputFolder, reason: error.localizedDescription)
        }
        return run
    }

    /// Finds and solves the scenarios, and reads back the summary of their results.
    private func solveAll(progress: BatchProgress) async throws(BatchError) -> Run {
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

        return Run(summary: BatchResults.summary(of: entries, in: folder), outcomes: outcomes, elapsed: elapsed)
    }
}
