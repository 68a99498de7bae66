// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation
import CorridorScenario

/// One long-lived worker process, owned by one job slot (and used from that slot's thread only):
/// it is sent scenarios one at a time, and awaited against each scenario's deadline.
final class WorkerProcess {
    /// How a worker's scenario ended.
    enum Exit: Sendable, Equatable {
        /// The worker answered, with the exit status `corridor solve` would have had; it lives on.
        case answered(Int32)
        /// The worker process ended during the scenario.
        case exited(Int32)
        case signaled(Int32)
        /// Killed by the batch with SIGKILL when its deadline passed.
        case timedOut(after: Double)
        case launchFailed(String)
        /// The worker answered something that is not this protocol; it was killed.
        case badAnswer(String)
    }

    enum Answer {
        case reply(WorkerReply, result: Data)
        /// No answer: the worker is gone (ended by itself or killed) and reaped.
        case ended(Exit)
    }

    let pid: pid_t
    /// How many scenarios this worker has answered.
    private(set) var served = 0
    private var requests: Int32
    private var replies: DescriptorReader
    private var sent = ContinuousClock.now
    private var reaped = false
    /// Whether the worker said "began" for the request sent last: one that died before it never
    /// began the scenario (it died after its previous reply, say while freeing that scenario's
    /// objects), and the scenario is not to blame.
    private(set) var began = false

    private init(_ started: WorkerSpawn.Started) {
        pid = started.pid
        requests = started.requests
        replies = DescriptorReader(descriptor: started.replies)
    }

    /// Starts a worker for the batch running in `scratchFolder`; its standard error goes to
    /// `stderrPath`.
    static func start(
        executable: String, scratchFolder: String, stderrPath: String
    ) -> Result<WorkerProcess, WorkerSpawn.Failure> {
        // No worker starts once the batch is interrupted (it is about to exit).
        if LiveWorkers.isInterrupted { return .failure(.init(message: "the batch was interrupted")) }
        return WorkerSpawn.start(
            executable: executable, arguments: WorkerProtocol.arguments(scratchFolder: scratchFolder),
            environment: environment, stderrPath: stderrPath
        ).map { started in
            LiveWorkers.add(started.pid)
            return WorkerProcess(started)
        }
    }

    /// The batch's environment for its workers: its own, plus its process id, and no
    /// backtraces (a crashing worker's reason is its signal and last words, not a 3 kB backtrace
    /// of every thread that also takes a tenth of a second; `corridor solve` on the file shows one).
    private static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        environment[WorkerProtocol.parentVariable] = "\(getpid())"
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        return environment
    }()

    /// Sends `request`; `false` when the worker is already gone (``answer(deadline:)`` then
    /// reaps it and says how it ended).
    func send(_ request: WorkerRequest) -> Bool {
        guard let line = try? request.line() else { return false }
        sent = .now
        began = false
        return DescriptorWriter.writeAll(line, to: requests)
    }

    /// The answer to the request sent last, waiting at most until `deadline` (`nil`: for ever).
    /// A worker past its deadline is killed with SIGKILL; a worker that ends or answers nonsense
    /// is reaped, and either way it must not be used again.
    func answer(deadline: Duration?) -> Answer {
        let until = deadline.map { sent + $0 }
        do {
            let first = try replies.line(deadline: until, limit: 64 * 1024)
            guard first == WorkerProtocol.beganLine else {
                return .ended(terminate(reason: .badAnswer(String(decoding: first.prefix(200), as: UTF8.self))))
            }
            began = true
            let header = try replies.line(deadline: until, limit: 64 * 1024)
            // A length past the bound is no answer of this protocol (and reading it would take
            // the batch's memory): the worker is killed like any garbled one.
            guard let reply = try? JSONDecoder().decode(WorkerReply.self, from: Data(header)),
                (0...WorkerProtocol.maximumResultBytes).contains(reply.bytes)
            else {
                return .ended(terminate(reason: .badAnswer(String(decoding: header.prefix(200), as: UTF8.self))))
            }
            let result = try replies.bytes(reply.bytes, deadline: until)
            served += 1
            return .reply(reply, result: Data(result))
        } catch .timedOut {
            return .ended(terminate(reason: .timedOut(after: sent.duration(to: .now).seconds)))
        } catch .endOfFile {
            return .ended(reap())
        } catch {
            return .ended(terminate(reason: .badAnswer("\(error)")))
        }
    }

    /// Ends an idle worker: its input ends, so it exits by itself; one that has not within a
    /// second is killed.
    func retire() {
        guard !reaped else { return }
        // Removed before it can be reaped below: once reaped, its id may be reused, and an
        // interruption's kill must never reach another process.
        LiveWorkers.remove(pid)
        close(requests)
        requests = -1
        var status: Int32 = 0
        for _ in 0..<1000 {
            if waitpid(pid, &status, WNOHANG) == pid {
                finishReaping()
                return
            }
            usleep(1000)
        }
        _ = terminate(reason: .exited(0))
    }

    /// Kills the worker and reaps it; `reason` is what the batch records.
    private func terminate(reason: Exit) -> Exit {
        kill(pid, SIGKILL)
        _ = reap()
        return reason
    }

    /// Waits for the worker's end (it has ended or been killed) and says how it ended.
    private func reap() -> Exit {
        // Removed before it is reaped: a zombie's id is not reused, so the interruption's kill
        // never reaches another process.
        LiveWorkers.remove(pid)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        finishReaping()
        // `WIFEXITED` and `WTERMSIG` are macros Swift does not import.
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }

    private func finishReaping() {
        LiveWorkers.remove(pid)
        reaped = true
        if requests >= 0 { close(requests) }
        requests = -1
        close(replies.descriptor)
    }
}
