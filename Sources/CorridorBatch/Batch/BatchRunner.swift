// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import Synchronization
import CorridorScenario

/// Solves the scenarios of a batch in ``BatchConfiguration/jobs`` long-lived worker processes,
/// one scenario at a time each, and writes one result file per scenario.
///
/// A worker process solves many scenarios in turn (see ``WorkerProtocol``), so a scenario no
/// longer pays for starting and ending a process; isolation stays: whatever a scenario does
/// (crash, hang, exhaust memory) happens in a worker, which the batch then replaces. Workers
/// write each scenario's standard error into a private scratch folder (see `ScratchFolder`)
/// and hand the result over on a pipe; the batch adds its fields and writes `DIR/<name>.json`
/// atomically, so `DIR` only ever holds complete results whatever is killed when.
public struct BatchRunner: Sendable {
    public let configuration: BatchConfiguration
    /// This run's scratch folder.
    public let scratchFolder: String
    /// The descriptor holding `OutputLock` on the output folder (never closed: the process's
    /// end releases it); -1 on a file system without locks.
    let outputLock: Int32

    /// Prepares `configuration.outputFolder` (created when missing), locks it against other
    /// batches (`OutputLock`), makes this run's scratch folder, and removes what killed runs
    /// left there (their scratch folders and temporary files).
    ///
    /// - Throws: ``BatchError`` when the folder cannot be created, or another batch is writing
    ///   to it.
    public init(configuration: BatchConfiguration) throws(BatchError) {
        self.configuration = configuration
        let folder = configuration.outputFolder
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
            throw BatchError("--out \(folder): is a file, not a folder — give a folder for the results")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw BatchError(
                "--out \(folder): cannot create the folder (\(error.localizedDescription))"
                    + " — check the path and its permissions")
        }
        // Before anything is read or cleaned up: the other batch's scratch and results are live.
        outputLock = try OutputLock.acquire(in: folder)
        let scratch: String
        do {
            // The lock's descriptor stays open (close-on-exec, so no worker holds it) until the
            // batch exits: that is what marks the folder as in use.
            (scratch, _) = try ScratchFolder.create(in: folder)
        } catch {
            throw BatchError(
                "--out \(folder): cannot create the folder (\(error.localizedDescription))"
                    + " — check the path and its permissions")
        }
        // Absolute, as it appears in the workers' command lines: a process listing then tells
        // which batch (and output folder) a worker belongs to, wherever it is looked at from.
        self.scratchFolder = ScenarioFile.absolute(scratch)
        ScratchCleanup.removeLeftovers(in: folder, keeping: scratch)
    }

    /// Solves `entries`, reporting each as it finishes; returns the outcomes in the order of
    /// `entries` (none for a scenario whose worker the batch's interruption killed).
    ///
    /// Each job slot runs on a thread of its own (it blocks on its worker's pipe), taking the next
    /// scenario in the order of `entries` whenever it is free.
    public func run(
        _ entries: [BatchEntry], progress: any BatchProgressReporting
    ) async -> [ScenarioOutcome] {
        // A worker that dies leaves a pipe whose writes fail with EPIPE; the batch handles that.
        BatchSignals.ignore(SIGPIPE)
        Self.raiseDescriptorLimit()
        let shared = Shared()
        let (configuration, scratchFolder) = (configuration, scratchFolder)
        // Never more workers than scenarios: `--jobs` may be any positive `Int`.
        let slots = min(configuration.jobs, entries.count)
        await withTaskGroup(of: Void.self) { group in
            for number in 0..<slots {
                group.addTask {
                    await Self.onThread {
                        let slot = WorkerSlot(
                            number: number, configuration: configuration, scratchFolder: scratchFolder)
                        while !LiveWorkers.isInterrupted, let index = shared.take(below: entries.count) {
                            guard let outcome = slot.solve(entries[index]) else { continue }
                            progress.finished(outcome)
                            shared.store(outcome, at: index)
                        }
                        slot.close()
                    }
                }
            }
        }
        return shared.outcomes(count: entries.count)
    }

    /// Raises the open-file soft limit to the hard limit: each worker costs the batch a few
    /// descriptors (two pipe ends, briefly four), and a low soft limit (`ulimit -n`) would make
    /// starting workers fail with many `--jobs`.
    private static func raiseDescriptorLimit() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max
        else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    /// Runs `body` on a thread of its own and waits for it without blocking a thread of the
    /// concurrency pool.
    private static func onThread(_ body: @escaping @Sendable () -> Void) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            Thread {
                body()
                continuation.resume()
            }.start()
        }
    }

    /// The scenarios not yet taken and the outcomes so far, shared by the slots' threads.
    private final class Shared: Sendable {
        private let next = Mutex(0)
        private let recorded = Mutex([Int: ScenarioOutcome]())

        /// The index of the next scenario to solve, `nil` when all are taken.
        func take(below count: Int) -> Int? {
            next.withLock { next in
                guard next < count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func store(_ outcome: ScenarioOutcome, at index: Int) {
            recorded.withLock { $0[index] = outcome }
        }

        func outcomes(count: Int) -> [ScenarioOutcome] {
            recorded.withLock { recorded in (0..<count).compactMap { recorded[$0] } }
        }
    }

    /// Removes this run's scratch folder.
    public func removeScratch() {
        try? FileManager.default.removeItem(atPath: scratchFolder)
    }
}
