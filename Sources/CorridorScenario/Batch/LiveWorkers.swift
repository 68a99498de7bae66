// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import Synchronization

/// The worker processes running right now, so that an interrupted batch can kill them all
/// rather than leave them running without it.
enum LiveWorkers {
    private static let pids = Mutex<Set<pid_t>>([])

    static func add(_ pid: pid_t) { pids.withLock { _ = $0.insert(pid) } }

    static func remove(_ pid: pid_t) { pids.withLock { _ = $0.remove(pid) } }

    /// Sends `signal` to every running worker; returns how many there were.
    @discardableResult
    static func signalAll(_ signal: Int32) -> Int {
        pids.withLock { pids in
            for pid in pids { kill(pid, signal) }
            return pids.count
        }
    }
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
