// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation
import Synchronization

/// One worker process: started, watched against its deadline, and awaited without blocking a
/// thread.
enum WorkerProcess {
    /// How a worker ended.
    enum Exit: Sendable, Equatable {
        case exited(Int32)
        case signaled(Int32)
        /// Killed by the batch with SIGKILL when its deadline passed.
        case timedOut(after: Double)
        case launchFailed(String)
    }

    /// Runs `executable` with `arguments`, standard error into `stderrPath`, standard output and
    /// input on `/dev/null`; kills it with SIGKILL when it runs past `deadline` (`nil`: never).
    static func run(
        executable: String, arguments: [String], environment: [String: String],
        stderrPath: String, deadline: Duration?
    ) async -> Exit {
        // No worker starts once the batch is interrupted (it is about to exit).
        if LiveWorkers.isInterrupted { return .launchFailed("the batch was interrupted") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        guard FileManager.default.createFile(atPath: stderrPath, contents: nil),
            let stderr = FileHandle(forWritingAtPath: stderrPath)
        else { return .launchFailed("cannot create \(stderrPath)") }
        process.standardError = stderr
        // Set when the process has ended, so the deadline never kills a reused process id, and
        // when the deadline killed it, so its end reads as a timeout rather than a crash.
        let state = Mutex<(ended: Bool, killed: Bool)>((false, false))
        let start = ContinuousClock.now

        return await withCheckedContinuation { continuation in
            process.terminationHandler = { process in
                let killed = state.withLock { state in
                    state.ended = true
                    LiveWorkers.remove(process.processIdentifier)
                    return state.killed
                }
                if killed {
                    let elapsed = start.duration(to: .now)
                    continuation.resume(returning: .timedOut(after: elapsed.seconds))
                } else if process.terminationReason == .uncaughtSignal {
                    continuation.resume(returning: .signaled(process.terminationStatus))
                } else {
                    continuation.resume(returning: .exited(process.terminationStatus))
                }
            }
            do {
                try process.run()
            } catch {
                try? stderr.close()
                continuation.resume(returning: .launchFailed("\(error.localizedDescription)"))
                return
            }
            // The child has its own copy; the batch keeps no descriptor per worker.
            try? stderr.close()
            let pid = process.processIdentifier
            // Under the lock: a worker that has already ended must not be registered after it.
            state.withLock { state in
                if !state.ended { LiveWorkers.add(pid) }
            }
            guard let deadline else { return }
            // Nanoseconds fit: a deadline is under 2 × 10⁹ s (see `BatchConfiguration.deadline`).
            let delay = DispatchTimeInterval.nanoseconds(Int(min(deadline.seconds * 1e9, 9e18)))
            DispatchQueue.global().asyncAfter(deadline: .now() + delay) {
                state.withLock { state in
                    guard !state.ended else { return }
                    state.killed = true
                    kill(pid, SIGKILL)
                }
            }
        }
    }
}
