// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorSupport
import Foundation
public import CorridorScenario

/// Ends a batch that receives SIGINT, SIGTERM or SIGHUP cleanly: its workers are killed (none is left
/// running without it), its scratch folder removed, and it exits with 128 + the signal number,
/// as a shell expects. Results already written stay; the scenarios that were running get none
/// (their workers' ends are not recorded as crashes), so `--resume` solves them again.
///
/// SIGKILL cannot be caught: for that case each worker watches its parent itself (see
/// ``WorkerSafety/exitWithParent()``).
public enum BatchInterruption {
    /// Kept so the sources live as long as the batch. Written only by `install`, once, before
    /// any worker starts; never read.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Whether the batch received SIGINT, SIGTERM or SIGHUP: it is about to exit, and its run must not
    /// go on to write a summary (of scenarios whose workers it just killed) or exit otherwise.
    public static var isInterrupted: Bool { LiveWorkers.isInterrupted }

    /// Waits for the handler to end the process, for a run that finds itself interrupted.
    public static func waitForExit() -> Never {
        while true { pause() }
    }

    /// Installs the handlers; `cleanup` runs once, after the workers are killed.
    public static func install(cleanup: @escaping @Sendable () -> Void) {
        // SIGHUP too: a closed terminal or session must not leave workers running without their
        // batch. A signal the batch inherited ignored (SIGHUP under `nohup`) stays ignored.
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            // The default action would end the batch before the handler runs.
            guard BatchSignals.ignore(signalNumber) else { continue }
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                // Marked before the kill, so no killed worker is recorded as crashed.
                LiveWorkers.interrupt()
                cleanup()
                let message =
                    "\ncorridor batch: interrupted by \(SignalName.of(signalNumber)); workers "
                    + "killed — run it again with --resume to continue\n"
                StandardErrorText.write(message)
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
