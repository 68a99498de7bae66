// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorKit
import CorridorSupport
import Foundation

/// `corridor yard …`: questions about a yard scenario beyond its plan.
struct YardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yard",
        abstract: "Questions about a container-yard scenario (kind: yard).",
        subcommands: [YardCapacityCommand.self])
}

/// `corridor yard capacity FILE`: how much more traffic the yard can take.
struct YardCapacityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capacity",
        abstract: "The largest demand_scale with no overflow, the blocks and periods that bind, and the TEU/year it implies.",
        discussion: """
            Solves an LP that maximises the scale of every flow's TEU (a MIP when a flow has \
            max_blocks or min_teu_per_block) with the yard's capacity, fill limits, reefer plugs, \
            dangerous-goods blocks and equipment moves, and no overflow. Binding are the rules \
            with a non-zero dual (LP) or at their limit (MIP). Yearly TEU is scale × Σ flows' teu \
            × 8,760 / horizon.hours. See docs/yard.md.

            Exit status: 0 done, 1 an invalid scenario, a scenario of another kind or a failed \
            solve, 2 bad arguments.
            """)

    @Argument(help: "The yard scenario file (.yaml, .yml or .json).")
    var file: String

    @Option(name: .long, help: "Write the answer as JSON to this file ('-' for standard output).")
    var json: String?

    @Option(name: .long, help: "Wall-clock limit in seconds; replaces the file's solver.time_limit_seconds.")
    var timeLimit: Double?

    func validate() throws {
        if let timeLimit, !(timeLimit.isFinite && timeLimit >= 0) {
            throw ValidationError("--time-limit must be a number of seconds ≥ 0, not \(timeLimit)")
        }
    }

    func run() throws {
        let scenario: TypedScenario<YardKind>
        do {
            scenario = try ScenarioLoader.load(file, as: YardKind.self)
        } catch {
            for diagnostic in error.diagnostics { StandardErrorText.line(diagnostic.description) }
            throw ExitCode.failure
        }
        let answer: YardCapacity
        do {
            answer = try YardKind.capacity(scenario.input, settings: scenario.settings(timeLimitSeconds: timeLimit))
        } catch {
            throw CLIError("\(file): the capacity solve failed: \(error)")
        }
        let output = YardKind.capacityJSON(answer, scenario: scenario.core.name, horizon: scenario.input.horizon)
        let summary = Self.summary(answer, scenario: scenario)
        if json == "-" {
            StandardErrorText.line(summary)
            FileHandle.standardOutput.write(Data((output.text() + "\n").utf8))
        } else {
            print(summary)
        }
        if let json, json != "-" {
            do {
                try AtomicFile.write(output.text() + "\n", to: json)
            } catch {
                throw CLIError("cannot write \(json) — check that its folder exists and is writable")
            }
        }
        if ResultStatus(answer.status) == .error { throw ExitCode.failure }
    }

    /// The answer for a terminal, in the layout of `corridor solve`'s summary.
    static func summary(_ answer: YardCapacity, scenario: TypedScenario<YardKind>) -> String {
        func number(_ value: Double?) -> String { value.map(NumberText.format) ?? "-" }
        var lines: [String] = []
        func field(_ label: String, _ value: String) {
            lines.append((label + ":").padding(toLength: 18, withPad: " ", startingAt: 0) + value)
        }
        let problem = scenario.input.problem
        field("Scenario", TerminalText.escaped(scenario.core.name) + " (yard capacity)")
        field("Status", ResultStatus(answer.status).rawValue)
        if let message = answer.message { field("Message", TerminalText.escaped(message)) }
        field("Demand scale max", number(answer.demandScaleMax))
        field("Bound", number(answer.bound))
        field("TEU per horizon", "\(number(answer.teuPerHorizon)) (\(number(problem.horizonHours)) h)")
        field("TEU per year", number(answer.yearlyTEU))
        if !answer.flowsWithoutABlock.isEmpty {
            field("No block for", TerminalText.escaped(answer.flowsWithoutABlock.joined(separator: ", ")))
        }
        field("Time", String(format: "%.3f s", answer.seconds))
        if let model = answer.model {
            field("Model", "\(model.rows) rows, \(model.columns) columns, \(model.nonzeros) nonzeros, \(model.integerColumns) integer")
        }
        field("Binding", "\(answer.binding.count) rules")
        for binding in answer.binding.prefix(20) {
            lines.append(
                "  \(TerminalText.escaped(binding.block))  period \(binding.period)  "
                    + "\(scenario.input.horizon.iso(hoursAfterStart: binding.periodStartHours))  \(binding.rule.rawValue)")
        }
        if answer.binding.count > 20 { lines.append("  … (all with --json)") }
        return lines.joined(separator: "\n")
    }
}
