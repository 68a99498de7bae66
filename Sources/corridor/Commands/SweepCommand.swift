// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorBatch
import CorridorKit

/// `corridor sweep`: the variant scenarios of a what-if study, ready for `corridor batch`.
struct SweepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Write one scenario per combination of values of a base scenario.",
        discussion: """
            Each --set PATH=V1,V2,… names a value of the base scenario and the values it takes; \
            one scenario is written per combination (the first --set varies slowest), named after \
            its values, e.g. base__lanes=6__demand_scale=1.82.yaml, with its `name:` set to the \
            same. PATH is dotted, list elements by [id] or [position]: \
            'checkpoints[nur-zholy].lanes', solver.time_limit_seconds, demand_scale. Values are \
            YAML: 6 stays a number, "6" is text. Only values present in the base can be set.

            Relative paths of the base ({csv: FILE} tables, an lp scenario's model and data) are \
            rewritten to lead from OUT to the same files. Then: corridor batch OUT --out RESULTS
            """)

    @Argument(help: "The base scenario (YAML or JSON).")
    var base: String

    @Option(name: .customLong("set"), help: "PATH=V1,V2,… (repeat for more dimensions).")
    var settings: [String] = []

    @Option(name: .long, help: "Folder for the variant scenarios (created when missing).")
    var out: String

    func run() async throws {
        let sweep = try Sweep(base: base, settings: settings.map(SweepSetting.init(parsing:)))
        let written = try sweep.write(to: out)
        for path in written { print(path) }
        print("wrote \(written.count) scenarios — solve them with: corridor batch \(out) --out RESULTS")
    }
}
