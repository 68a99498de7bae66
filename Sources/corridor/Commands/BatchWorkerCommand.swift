// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorBatch
import CorridorKit

/// `corridor batch-worker --batch DIR --solving ROOM` (hidden): a worker process of `batch`,
/// which keeps it for many scenarios and sends them one at a time (see `WorkerProtocol`).
///
/// Each scenario is solved as `corridor solve FILE --json` would solve it, on this thread from
/// start to end; the process ends when its batch closes its input or is gone.
struct BatchWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: WorkerProtocol.subcommand,
        abstract: "Internal: solve scenarios for `corridor batch`.",
        shouldDisplay: false)

    @Option(help: "The batch's scratch folder: tells in a process listing whose worker this is.")
    var batch: String

    @Option(help: "Room on the command line where the worker shows the scenario it is solving.")
    var solving = ""

    func run() throws {
        WorkerSafety.exitWithParent()
        WorkerServer.serve(registry: .corridor)
    }
}
