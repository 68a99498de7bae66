// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// Ends a batch that receives SIGINT or SIGTERM cleanly: its workers are killed (none is left
/// running without it), its scratch folder removed, and it exits with 128 + the signal number,
/// as a shell expects. Results already written stay; `--resume` continues from them.
///
/// SIGKILL cannot be caught: for that case each worker watches its parent itself (see
/// ``WorkerSafety/exitWithParent()``).
public enum BatchInterruption {
    /// Kept so the sources live as long as the batch. Written only by `install`, once, before
    /// any worker starts; never read.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Installs the handlers; `cleanup` runs once, after the workers are killed.
    public static func install(cleanup: @escaping @Sendable () -> Void) {
        for signalNumber in [SIGINT, SIGTERM] {
            // The default action would end the batch before the handler runs.
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                LiveWorkers.signalAll(SIGKILL)
                cleanup()
                let message =
                    "\ncorridor batch: interrupted by \(SignalName.of(signalNumber)); workers "
                    + "killed — run it again with --resume to continue\n"
                FileHandle.standardError.write(Data(message.utf8))
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
