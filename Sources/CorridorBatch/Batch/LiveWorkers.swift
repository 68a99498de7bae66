// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import Synchronization
import CorridorScenario

/// The worker processes running right now, so that an interrupted batch can kill them all
/// rather than leave them running without it, and whether the batch has been interrupted.
enum LiveWorkers {
    private struct State {
        var pids: Set<pid_t> = []
        var interrupted = false
    }

    private static let state = Mutex(State())

    /// Registers a started worker; one started after the interruption is killed at once.
    static func add(_ pid: pid_t) {
        state.withLock { state in
            if state.interrupted {
                kill(pid, SIGKILL)
            } else {
                state.pids.insert(pid)
            }
        }
    }

    static func remove(_ pid: pid_t) { state.withLock { _ = $0.pids.remove(pid) } }

    /// Marks the batch as interrupted, then kills every running worker with SIGKILL: a worker that
    /// ends from now on ended because of the interruption, and its end is no result (see
    /// ``isInterrupted``); returns how many there were.
    @discardableResult
    static func interrupt() -> Int {
        state.withLock { state in
            state.interrupted = true
            for pid in state.pids { kill(pid, SIGKILL) }
            return state.pids.count
        }
    }

    /// Whether ``interrupt()`` was called: from then on no worker's end is recorded, so that
    /// `--resume` solves the scenarios that were running again rather than take their killed
    /// workers for crashes.
    static var isInterrupted: Bool { state.withLock { $0.interrupted } }
}

/// Signal names for messages ("crashed: SIGSEGV (signal 11)").
enum SignalName {
    static func of(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGILL: "SIGILL",
            SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
            SIGKILL: "SIGKILL", SIGUSR1: "SIGUSR1", SIGSEGV: "SIGSEGV", SIGUSR2: "SIGUSR2",
            SIGPIPE: "SIGPIPE", SIGALRM: "SIGALRM", SIGTERM: "SIGTERM", SIGXCPU: "SIGXCPU",
            SIGXFSZ: "SIGXFSZ", SIGSYS: "SIGSYS",
        ]
        return names[signal] ?? "signal \(signal)"
    }
}
