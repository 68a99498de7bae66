// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorLP

/// `corridor`: plans the bottlenecks of the China–Kazakhstan–Europe corridor with GLPK.
@main
struct Corridor: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "corridor",
        abstract: "Plan berths, yard and border crossings of the China–Kazakhstan–Europe corridor.",
        discussion: """
            Scenario files (YAML or JSON) describe one planning problem each; `solve` plans one,
            `batch` many. `lp` and `mathprog` solve ready-made LP, MPS and MathProg models.
            """,
        version: "corridor \(version) (GLPK \(GLPKSolver.version))",
        subcommands: [
            LPCommand.self,
            MathProgCommand.self,
        ]
    )
}
