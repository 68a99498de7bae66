// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorScenario
import Foundation

/// `corridor batch-worker` (hidden): what `batch` runs in a process of its own for each scenario.
///
/// It runs `corridor solve FILE --json PATH [--time-limit S]` in this process (so a worker is
/// exactly a `solve`, with its exit statuses), after making sure it ends with its batch, and
/// writes when it started and finished its run for the batch's overhead figures.
struct BatchWorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: WorkerInvocation.subcommand,
        abstract: "Internal: solve one scenario for `corridor batch`.",
        shouldDisplay: false)

    @Argument var file: String
    @Option var json: String
    @Option var timing: String
    @Option var timeLimit: Double?

    func run() async throws {
        let entered = Date().timeIntervalSince1970
        WorkerSafety.exitWithParent()
        #if DEBUG
        WorkerSafety.applyTestTriggers(for: file)
        #endif
        defer {
            WorkerTiming(entered: entered, finished: Date().timeIntervalSince1970).write(to: timing)
        }
        var arguments = ["solve", file, "--json", json]
        if let timeLimit { arguments += ["--time-limit", "\(timeLimit)"] }
        let command = try Corridor.parseAsRoot(arguments)
        if var solve = command as? any AsyncParsableCommand {
            try await solve.run()
        } else {
            var solve = command
            try solve.run()
        }
    }
}
