// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation
import CorridorScenario

/// One of a batch's `--jobs` slots: a worker process kept for many scenarios, given one at a
/// time from the slot's own thread (blocking reads with a deadline, no shared state but
/// ``LiveWorkers``). A worker that crashes, times out or answers nonsense is gone, and the next
/// scenario starts a fresh one; a worker that has served ``BatchConfiguration/scenariosPerWorker``
/// scenarios or grown past ``BatchConfiguration/workerMemoryBytes`` is retired and replaced.
final class WorkerSlot {
    private let number: Int
    private let configuration: BatchConfiguration
    private let scratchFolder: String
    private var worker: WorkerProcess?

    init(number: Int, configuration: BatchConfiguration, scratchFolder: String) {
        self.number = number
        self.configuration = configuration
        self.scratchFolder = scratchFolder
    }

    /// Solves `entry` and records its result (or its failure). The outcome is `nil` when the
    /// batch is interrupted: a worker it killed neither succeeded nor failed, and `--resume`
    /// solves its scenario again. A worker ended by SIGINT, SIGTERM or SIGHUP itself (a
    /// terminal's Ctrl-C reaches the whole process group, `scancel` sends SIGTERM) is not
    /// recorded either, for the same reason.
    func solve(_ entry: BatchEntry) -> ScenarioOutcome? {
        if LiveWorkers.isInterrupted { return nil }
        let clock = ContinuousClock.now
        let request = WorkerRequest(
            scenario: entry.file.path, timeLimitSeconds: configuration.timeLimitSeconds)
        let (answer, used, sent) = ask(request, for: entry, deadline: configuration.deadline(for: entry))
        let received = Date().timeIntervalSince1970
        if LiveWorkers.isInterrupted { return nil }
        if case .ended(.launchFailed(let message)) = answer {
            // Not the scenario's fault (no descriptors, no processes left): no result file, so
            // that `--resume` solves it; the batch still counts it as failed (no result).
            return ScenarioOutcome(
                entry: entry, status: .error,
                failure: "cannot start a worker (\(message)) — not recorded; run the batch again "
                    + "with --resume to solve it",
                wallSeconds: clock.duration(to: .now).seconds, recorded: false)
        }

        var run = ResultRecorder.Run(exit: .launchFailed(""), stderr: workerStderr)
        switch answer {
        case .reply(let reply, let result):
            run.exit = .answered(reply.status)
            run.result = result
            run.timing = (start: reply.entered - sent, worker: reply.finished - reply.entered)
            run.worker = used.map { ($0.pid, $0.served) }
        case .ended(.signaled(let signal)) where [SIGINT, SIGTERM, SIGHUP].contains(signal):
            return ScenarioOutcome(
                entry: entry, status: .error,
                failure: "interrupted by \(SignalName.of(signal)) — not recorded; run the batch "
                    + "again with --resume to solve it",
                wallSeconds: clock.duration(to: .now).seconds)
        case .ended(let exit):
            run.exit = exit
            run.worker = used.map { ($0.pid, $0.served + 1) }
        }
        var outcome = ResultRecorder(entry: entry, configuration: configuration).record(run)
        outcome.wallSeconds = clock.duration(to: .now).seconds
        if case .reply(let reply, _) = answer {
            outcome.replySeconds = received - reply.finished
            outcome.recordSeconds = Date().timeIntervalSince1970 - received
            if let used, used.served >= configuration.scenariosPerWorker
                || reply.residentBytes > configuration.workerMemoryBytes
            {
                used.retire()
                worker = nil
            }
        }
        return outcome
    }

    /// Ends this slot's worker, if any, once the batch has no more scenarios for it.
    func close() {
        worker?.retire()
        worker = nil
    }

    /// Sends `request` to this slot's worker (starting one when there is none) and waits for the
    /// answer; also says which worker it was and when the request was sent (seconds since
    /// 1970). A worker that ended by itself before it said it began the request (it died between
    /// scenarios, killed from outside or while freeing the previous scenario's objects) never
    /// ran this scenario: it is replaced once, and the scenario goes to the fresh one.
    private func ask(
        _ request: WorkerRequest, for entry: BatchEntry, deadline: Duration?
    ) -> (WorkerProcess.Answer, WorkerProcess?, sent: Double) {
        var retried = false
        while true {
            let current: WorkerProcess
            if let worker {
                current = worker
            } else {
                switch startWorker(for: entry) {
                case .success(let started): current = started
                case .failure(let failure):
                    return (.ended(.launchFailed(failure.message)), nil, Date().timeIntervalSince1970)
                }
                worker = current
            }
            let sent = Date().timeIntervalSince1970
            _ = current.send(request)
            let answer = current.answer(deadline: deadline)
            guard case .ended(let exit) = answer else { return (answer, current, sent) }
            worker = nil
            if current.began || retried || LiveWorkers.isInterrupted { return (answer, current, sent) }
            switch exit {
            case .exited, .signaled: retried = true
            default: return (answer, current, sent)
            }
        }
    }

    /// Starts a worker, trying again after a short pause when that fails: a start fails for
    /// passing reasons (descriptors or processes used up while other workers end), not because
    /// of a scenario.
    private func startWorker(for entry: BatchEntry) -> Result<WorkerProcess, WorkerSpawn.Failure> {
        var result: Result<WorkerProcess, WorkerSpawn.Failure> = .failure(.init(message: "not tried"))
        for pause in Self.startPauses {
            if pause > 0 { usleep(pause) }
            #if DEBUG
            if WorkerSafety.failsToStart(entry.file) {
                result = .failure(.init(message: "CORRIDOR_TEST_SPAWN_FAIL_ON"))
                continue
            }
            #endif
            result = WorkerProcess.start(
                executable: configuration.executable, scratchFolder: scratchFolder,
                stderrPath: workerStderr)
            if case .success = result { return result }
            if LiveWorkers.isInterrupted { return result }
        }
        return result
    }

    /// Microseconds to wait before each attempt to start a worker.
    private static let startPauses: [UInt32] = [0, 100_000, 300_000, 1_000_000]

    private var workerStderr: String {
        WorkerProtocol.stderrPath(scratchFolder: scratchFolder, slot: number)
    }
}
