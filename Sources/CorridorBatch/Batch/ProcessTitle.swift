// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import CorridorScenario

/// Shows the scenario a worker is solving on its command line, so that `ps` (and whoever looks
/// for a hung scenario) sees `corridor batch-worker --batch DIR --solving valid/v05.yaml`.
///
/// A long-lived worker's arguments name no scenario, so the batch starts it with room for one
/// (the blank last argument, see ``WorkerProtocol/arguments(scratchFolder:)``) and the worker
/// writes into that argument's bytes in place, as `setproctitle` does: the kernel shows the
/// process's original argument memory. Longer paths keep their end.
enum ProcessTitle {
    /// Writes `scenario` into the room (blank when `""`); nothing when there is no room.
    static func show(_ scenario: String) {
        guard let (room, capacity) = room else { return }
        let text = Array(scenario.utf8.suffix(capacity))
        for index in 0..<capacity {
            room[index] = index < text.count ? CChar(bitPattern: text[index]) : 0x20
        }
    }

    /// The bytes of the argument after a last-but-one `--solving`, and how many there are.
    /// Written only by the worker's one serving thread.
    nonisolated(unsafe) private static let room: (UnsafeMutablePointer<CChar>, Int)? = {
        let argc = Int(CommandLine.argc)
        guard argc >= 3, CommandLine.arguments[argc - 2] == "--solving",
            let room = CommandLine.unsafeArgv[argc - 1]
        else { return nil }
        return (room, strlen(room))
    }()
}
