// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorBatch
import CorridorKit
import CorridorSupport
import Foundation

/// `corridor solve FILE`: solves one scenario and reports it.
///
/// Exit status (the rule `batch` applies to count failures): 0 for a result whose status is
/// `optimal`, `feasible` or `no-solution`; 1 for a result whose status is `error`: an invalid
/// scenario, a model file that does not translate, an infeasible or unbounded `lp` model, a solver
/// failure; 2 for bad arguments. With `--json` the result file is written in every case (status
/// `error` with its message too), so that `batch` always has a reason to record.
struct SolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve one scenario file and print a summary of the plan.",
        discussion: """
            The scenario (YAML or JSON, see docs/scenarios.md) is validated first; every problem is \
            printed as FILE:LINE: field: what is wrong — what to do, and nothing is solved.

            Exit status: 0 when the result's status is optimal, feasible or no-solution; 1 when \
            it is error (an invalid scenario, a model that does not translate, an infeasible or \
            unbounded lp model, a solver failure), with the reason on standard error and, with \
            --json, in the result's message; 2 for bad arguments. `batch` counts the same results \
            as failed.
            """)

    @Argument(help: "The scenario file (.yaml, .yml or .json).")
    var file: String

    @OptionGroup var output: ReportOptions

    @Option(name: .long, help: "Write the plan's tables as CSV files into this folder.")
    var csv: String?

    @Option(name: .long, help: "Write the plan's chart as SVG to this file.")
    var svg: String?

    @Option(name: .long, help: "Wall-clock limit in seconds; replaces the file's solver.time_limit_seconds.")
    var timeLimit: Double?

    /// What the file is: a scenario, or a public berth allocation instance in the DBAP text format.
    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case scenario, dbap
    }

    @Option(name: .long, help: "scenario (YAML or JSON), or dbap: a discrete dynamic berth allocation instance in the public text format, solved by the berth model with every vessel served.")
    var format: InputFormat = .scenario

    func validate() throws {
        if let timeLimit, !(timeLimit.isFinite && timeLimit >= 0) {
            throw ValidationError("--time-limit must be a number of seconds ≥ 0, not \(timeLimit)")
        }
    }

    /// Seconds past the time limit before the whole command is stopped (as `batch --grace`).
    static let graceSeconds = 10.0

    func run() async throws {
        armDeadline()
        defer { Deadline.disarm() }
        let result: ScenarioResult
        if format == .dbap {
            result = try solveDBAP()
        } else {
            let scenario: Scenario
            do {
                scenario = try ScenarioLoader.load(file, registry: .corridor)
            } catch {
                for diagnostic in error.diagnostics { StandardErrorText.line(diagnostic.description) }
                try output.write(ScenarioResult.invalid(file: file, error).json)
                throw ExitCode.failure
            }
            result = scenario.solve(timeLimitSeconds: timeLimit)
        }
        if !result.errors.isEmpty {
            // The solve threw: nothing to summarise.
            for line in result.errors { StandardErrorText.line("\(file): \(line)") }
        } else {
            output.show(ResultSummary(result))
            // A solved model without an optimum (infeasible, unbounded) fails the scenario.
            if result.isFailure { StandardErrorText.line("\(file): \(result.message ?? "the solve ended in an error")") }
        }
        try output.write(result.json)
        try writeCSV(result)
        try writeSVG(result)
        if result.isFailure { throw ExitCode.failure }
    }

    /// The time limit bounds the solver; a MathProg model's translation (while validating) cannot
    /// be stopped, so the command as a whole stops at the limit plus ``graceSeconds``, with a
    /// result that says why.
    private func armDeadline() {
        guard let limit = timeLimit ?? ScenarioHeader.read(path: file).timeLimitSeconds else { return }
        let seconds = limit + Self.graceSeconds
        let file = file
        let output = output
        Deadline.arm(seconds: seconds) {
            let reason =
                "stopped after \(NumberText.format(seconds)) s (the time limit plus \(NumberText.format(Self.graceSeconds)) s): "
                + "a MathProg model's translation cannot be interrupted — check the model's sets and loops"
            StandardErrorText.line("\(TerminalText.escaped(file)): \(reason)")
            let header = ScenarioHeader.read(path: file)
            let result = ScenarioResult.failed(
                file: file, scenario: header.name, kind: header.kind ?? "", errors: [reason], seconds: seconds)
            try? output.write(result.json)
        }
    }

    /// `--format dbap`: the text instance as a berth scenario.
    private func solveDBAP() throws -> ScenarioResult {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError("cannot read \(file) — check the path")
        }
        do {
            return try BerthKind.dbapScenario(text: String(decoding: data, as: UTF8.self), file: file)
                .solve(timeLimitSeconds: timeLimit)
        } catch {
            StandardErrorText.line("\(file):\(error.line): \(error.message) — check the file against the DBAP text format")
            throw ExitCode.failure
        }
    }

    private func writeCSV(_ result: ScenarioResult) throws {
        guard let csv else { return }
        guard !result.isFailure else {
            StandardErrorText.line("no CSV written: the result has status error")
            return
        }
        do {
            let paths = try result.writeCSV(to: csv)
            if paths.isEmpty { StandardErrorText.line("the \(result.kind) plan has no tables to write as CSV") }
            for path in paths { StandardErrorText.line("wrote \(path)") }
        } catch {
            throw CLIError("cannot write CSV files into \(csv) — check that the folder can be created and written")
        }
    }

    private func writeSVG(_ result: ScenarioResult) throws {
        guard let svg else { return }
        guard !result.isFailure else {
            StandardErrorText.line("no chart written: the result has status error")
            return
        }
        guard let chart = result.chart() else {
            StandardErrorText.line("no chart written: the \(result.kind) kind draws none for a result with status \(result.status.rawValue)")
            return
        }
        do {
            try AtomicFile.write(chart, to: svg)
            StandardErrorText.line("wrote \(svg)")
        } catch {
            throw CLIError("cannot write \(svg): \(error.localizedDescription)")
        }
    }
}
