// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
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
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
            throw BatchError("--out \(folder): is a file, not a folder — give a folder for the results")
        }
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
    /// `entries` (none for a scenario whose worker the batch's interruption killed).
    ///
    /// Workers start in the order of `entries`. A worker's slot is free as soon as its process
    /// ends, before the batch records its result, so the next worker starts up while the batch
    /// writes: on few cores, process start-up and recording are a large share of a small
    /// scenario's time.
    public func run(
        _ entries: [BatchEntry], progress: any BatchProgressReporting
    ) async -> [ScenarioOutcome] {
        let (freedSlots, freeSlot) = AsyncStream<Void>.makeStream()
        var outcomes: [Int: ScenarioOutcome] = [:]
        await withTaskGroup(of: (Int, ScenarioOutcome?).self) { group in
            var next = entries.indices.makeIterator()
            func startNext() -> Bool {
                guard let index = next.next() else { return false }
                group.addTask {
                    let outcome = await solve(entries[index]) { freeSlot.yield() }
                    if let outcome { progress.finished(outcome) }
                    return (index, outcome)
                }
                return true
            }
            // Never more workers than scenarios: `--jobs` may be any positive `Int`.
            for _ in 0..<min(configuration.jobs, entries.count) { _ = startNext() }
            if configuration.jobs < entries.count {
                for await _ in freedSlots {
                    guard startNext() else { break }
                }
            }
            for await (index, outcome) in group { outcomes[index] = outcome }
        }
        freeSlot.finish()
        return entries.indices.compactMap { outcomes[$0] }
    }

    /// Removes this run's scratch folder.
    public func removeScratch() {
        try? FileManager.default.removeItem(atPath: scratchFolder)
    }

    /// Runs one worker, calls `exited` when its process has ended, and records its result (or its
    /// failure). A worker that ended because the batch or it was interrupted (the batch got
    /// SIGINT or SIGTERM, or the worker got SIGINT, SIGTERM or SIGHUP, as from a terminal's Ctrl-C
    /// or `scancel`) is not recorded: it neither succeeded nor failed, and `--resume` solves it
    /// again. The outcome is `nil` when the batch itself is interrupted.
    private func solve(_ entry: BatchEntry, exited: @Sendable () -> Void) async -> ScenarioOutcome? {
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
        let ended = Date().timeIntervalSince1970
        exited()

        if LiveWorkers.isInterrupted { return nil }
        if case .signaled(let signal) = exit, [SIGINT, SIGTERM, SIGHUP].contains(signal) {
            for suffix in [".json", ".timing", ".stderr"] {
                try? FileManager.default.removeItem(atPath: scratch + suffix)
            }
            return ScenarioOutcome(
                entry: entry, status: "error",
                failure: "interrupted by \(SignalName.of(signal)) — not recorded; run the batch "
                    + "again with --resume to solve it",
                wallSeconds: clock.duration(to: .now).seconds)
        }
        let recorder = ResultRecorder(entry: entry, configuration: configuration)
        let timing = WorkerTiming.read(invocation.timing)
        var outcome = recorder.record(
            exit: exit, json: invocation.json, stderr: scratch + ".stderr",
            timing: timing.map { (start: $0.entered - spawned, worker: $0.finished - $0.entered) })
        for suffix in [".json", ".timing", ".stderr"] {
            try? FileManager.default.removeItem(atPath: scratch + suffix)
        }
        outcome.wallSeconds = clock.duration(to: .now).seconds
        if let timing {
            outcome.exitSeconds = ended - timing.finished
            outcome.recordSeconds = Date().timeIntervalSince1970 - ended
        }
        return outcome
    }
}
