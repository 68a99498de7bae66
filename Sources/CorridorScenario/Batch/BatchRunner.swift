// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// Solves the scenarios of a batch, each in a worker process of its own, at most
/// ``BatchConfiguration/jobs`` at once, and writes one result file per scenario.
///
/// Workers write into a private scratch folder (`DIR/.corridor-batch-<pid>`); the batch then adds
/// its fields and writes `DIR/<name>.json` atomically, so `DIR` only ever holds complete results
/// whatever is killed when.
public struct BatchRunner: Sendable {
    public let configuration: BatchConfiguration
    /// This run's scratch folder.
    public let scratchFolder: String

    /// Prepares `configuration.outputFolder` (created when missing) and this run's scratch folder,
    /// and removes what killed runs left there (their scratch folders and temporary files).
    ///
    /// - Throws: ``BatchError`` when the folder cannot be created.
    public init(configuration: BatchConfiguration) throws(BatchError) {
        self.configuration = configuration
        let folder = configuration.outputFolder
        self.scratchFolder = "\(folder)/.corridor-batch-\(getpid())"
        do {
            try FileManager.default.createDirectory(
                atPath: scratchFolder, withIntermediateDirectories: true)
        } catch {
            throw BatchError(
                "--out \(folder): cannot create the folder (\(error.localizedDescription))"
                    + " — check the path and its permissions")
        }
        ScratchCleanup.removeLeftovers(in: folder, keeping: scratchFolder)
    }

    /// Solves `entries`, reporting each as it finishes; returns the outcomes in the order of
    /// `entries`.
    public func run(
        _ entries: [BatchEntry], progress: any BatchProgressReporting
    ) async -> [ScenarioOutcome] {
        var outcomes: [Int: ScenarioOutcome] = [:]
        await withTaskGroup(of: (Int, ScenarioOutcome).self) { group in
            var next = entries.indices.makeIterator()
            func startNext() {
                guard let index = next.next() else { return }
                group.addTask { (index, await solve(entries[index])) }
            }
            for _ in 0..<configuration.jobs { startNext() }
            for await (index, outcome) in group {
                outcomes[index] = outcome
                progress.finished(outcome)
                startNext()
            }
        }
        return entries.indices.compactMap { outcomes[$0] }
    }

    /// Removes this run's scratch folder.
    public func removeScratch() {
        try? FileManager.default.removeItem(atPath: scratchFolder)
    }

    /// Runs one worker and records its result (or its failure).
    private func solve(_ entry: BatchEntry) async -> ScenarioOutcome {
        let scratch = "\(scratchFolder)/\(entry.resultName)"
        let invocation = WorkerInvocation(
            scenario: entry.file.path, json: scratch + ".json", timing: scratch + ".timing",
            timeLimitSeconds: configuration.timeLimitSeconds)
        var environment = ProcessInfo.processInfo.environment
        environment[WorkerInvocation.parentVariable] = "\(getpid())"
        // A crashing worker's reason is its signal and last words, not a 3 kB backtrace of every
        // thread (which also takes a tenth of a second); `corridor solve` on the file shows one.
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }

        let spawned = Date().timeIntervalSince1970
        let clock = ContinuousClock.now
        let exit = await WorkerProcess.run(
            executable: configuration.executable, arguments: invocation.arguments,
            environment: environment, stderrPath: scratch + ".stderr",
            deadline: configuration.deadline(for: entry))

        let recorder = ResultRecorder(entry: entry, configuration: configuration)
        let timing = WorkerTiming.read(invocation.timing)
        var outcome = recorder.record(
            exit: exit, json: invocation.json, stderr: scratch + ".stderr",
            timing: timing.map { (start: $0.entered - spawned, worker: $0.finished - $0.entered) })
        for suffix in [".json", ".timing", ".stderr"] {
            try? FileManager.default.removeItem(atPath: scratch + suffix)
        }
        outcome.wallSeconds = clock.duration(to: .now).seconds
        if let timing { outcome.recordSeconds = Date().timeIntervalSince1970 - timing.finished }
        return outcome
    }
}
