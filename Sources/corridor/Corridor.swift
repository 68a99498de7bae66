// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorBatch
import CorridorKit
import CorridorSupport
import Foundation

/// `corridor`: plans the bottlenecks of the China–Kazakhstan–Europe corridor with GLPK.
@main
struct Corridor: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "corridor",
        abstract: "Plan berths, yard and border crossings of the China–Kazakhstan–Europe corridor.",
        discussion: """
            Scenario files (YAML or JSON) describe one planning problem each; `solve` plans one, \
            `batch` many. `lp` and `mathprog` solve ready-made LP, MPS and MathProg models.
            """,
        version: "corridor \(version) (GLPK \(GLPKSolver.version))",
        subcommands: [
            SolveCommand.self,
            ValidateCommand.self,
            LPCommand.self,
            MathProgCommand.self,
            FlowCommand.self,
            BatchCommand.self,
            BatchWorkerCommand.self,
            SummarizeCommand.self,
            SweepCommand.self,
            MathProgDataCommand.self,
        ]
    )

    /// Runs the command, with exit status 2 for bad arguments (ArgumentParser's own is 64):
    /// 0 done, 1 an error or a failed scenario, 2 a command line that cannot run.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let error as BadArguments {
            exitWithBadArguments(error.description)
        } catch let error as BatchError {
            exitWithBadArguments(error.description)
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            exitWithBadArguments(fullMessage(for: error))
        }
    }

    /// The one way out with status 2: the message on standard error.
    private static func exitWithBadArguments(_ message: String) -> Never {
        StandardErrorText.write((message.hasPrefix("Error: ") ? message : "Error: " + message) + "\n")
        exit(withError: ExitCode(2))
    }
}
