// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorSupport
import Foundation
import Synchronization

/// A wall-clock bound on work that cannot be interrupted: GLPK's MathProg translator runs to its
/// end, so a model whose generation loops would hold `validate`, `solve` or `mathprog` forever
/// whatever `--time-limit` says. Past the deadline the command runs its last words (a message, a
/// result file that says why) and the process exits with status 1 — nothing else can stop the
/// translator, and the command line is the one place where ending the process is the caller's
/// wish.
enum Deadline {
    private struct Armed {
        var at: ContinuousClock.Instant
        var lastWords: @Sendable () -> Void
    }

    private static let armed = Mutex<Armed?>(nil)
    private static let watcher = Mutex(false)

    /// Ends the process `seconds` from now unless ``disarm()`` is called first, after
    /// `lastWords` (which should say what ran too long). Replaces any deadline armed before.
    static func arm(seconds: Double, lastWords: @escaping @Sendable () -> Void) {
        guard seconds.isFinite, seconds >= 0, seconds < 1e9 else { return }
        armed.withLock { $0 = Armed(at: .now + .milliseconds(Int64(seconds * 1000)), lastWords: lastWords) }
        startWatcher()
    }

    static func disarm() {
        armed.withLock { $0 = nil }
    }

    /// One thread for the process, checking ten times a second.
    private static func startWatcher() {
        let started = watcher.withLock { running in
            defer { running = true }
            return running
        }
        guard !started else { return }
        Thread.detachNewThread {
            while true {
                Thread.sleep(forTimeInterval: 0.1)
                let due = armed.withLock { state -> Armed? in
                    guard let current = state, ContinuousClock.now >= current.at else { return nil }
                    state = nil
                    return current
                }
                guard let due else { continue }
                due.lastWords()
                // Not `exit`: its handlers would run while the main thread is inside GLPK.
                _exit(1)
            }
        }
    }
}
