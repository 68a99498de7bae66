// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorLP
import CorridorScenario
import Foundation

/// `corridor solve FILE`: solves one scenario and reports it.
///
/// Exit status: 0 when the scenario was solved (whatever its status: `error` for an infeasible
/// `lp` model is an answer, not a failure), 1 when it is invalid or its solve failed, 2 for bad
/// arguments. With `--json` the result file is written in every case, so that `batch` always has
/// a reason to record.
struct SolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve one scenario file and print a summary of the plan.",
        discussion: """
            The scenario (YAML or JSON, see scenarios.md) is validated first; every problem is \
            printed as FILE:LINE: field: what is wrong — what to do, and nothing is solved.

            Exit status: 0 solved (any status), 1 invalid scenario or failed solve, 2 bad arguments.
            """)

    @Argument(help: "The scenario file (.yaml, .yml or .json).")
    var file: String

    @Option(name: .long, help: "Write the result as JSON to this file ('-' for standard output).")
    var json: String?

    @Option(name: .long, help: "Write the plan's tables as CSV files into this folder.")
    var csv: String?

    @Option(name: .long, help: "Write the plan's chart as SVG to this file.")
    var svg: String?

    @Option(name: .long, help: "Wall-clock limit in seconds; replaces the file's solver.time_limit_seconds.")
    var timeLimit: Double?

    func run() async throws {
        if let timeLimit, !(timeLimit.isFinite && timeLimit >= 0) {
            // Bad arguments exit with 2 (scenarios.md), where ArgumentParser's validation uses 64.
            StandardError.write("Error: --time-limit must be a number of seconds ≥ 0 (got \(timeLimit))")
            throw ExitCode(2)
        }
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(file, registry: .corridor)
        } catch {
            for diagnostic in error.diagnostics { StandardError.write(diagnostic.description) }
            let header = ScenarioLoader.peekName(file)
            let result = ScenarioResult.failed(
                file: file, scenario: header, kind: kindGuess(), errors: error.diagnostics.map(\.description))
            try writeJSON(result)
            throw ExitCode.failure
        }

        let result = scenario.solve(timeLimitSeconds: timeLimit)
        if result.isFailure {
            for line in result.errors { StandardError.write("\(file): \(line)") }
        } else if json == "-" {
            StandardError.write(ScenarioSummary(result: result).text)
        } else {
            print(ScenarioSummary(result: result).text)
        }
        try writeJSON(result)
        try writeCSV(result)
        try writeSVG(result, scenario: scenario)
        if result.isFailure { throw ExitCode.failure }
    }

    private func writeJSON(_ result: ScenarioResult) throws {
        guard let json else { return }
        if json == "-" {
            FileHandle.standardOutput.write(Data(result.jsonText().utf8))
            return
        }
        do {
            try result.writeJSON(to: json)
        } catch {
            throw CLIError("cannot write \(json) — check that its folder exists and is writable")
        }
    }

    private func writeCSV(_ result: ScenarioResult) throws {
        guard let csv, !result.isFailure else { return }
        do {
            let paths = try result.writeCSV(to: csv)
            if paths.isEmpty { StandardError.write("the \(result.kind) plan has no tables to write as CSV") }
            for path in paths { StandardError.write("wrote \(path)") }
        } catch {
            throw CLIError("cannot write CSV files into \(csv) — check that the folder can be created and written")
        }
    }

    private func writeSVG(_ result: ScenarioResult, scenario: Scenario) throws {
        guard let svg, !result.isFailure else { return }
        guard let chart = scenario.chart(of: result) else {
            StandardError.write("no chart written: the \(result.kind) kind draws none for a result with status \(result.status.rawValue)")
            return
        }
        do {
            try AtomicFile.write(chart, to: svg)
            StandardError.write("wrote \(svg)")
        } catch {
            throw CLIError("cannot write \(svg) — check that its folder exists and is writable")
        }
    }

    /// The `kind:` of an invalid file, for its result's `kind` field (empty when unreadable).
    private func kindGuess() -> String {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return "" }
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("kind:") {
                return trimmed.dropFirst(5).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"'")))
            }
        }
        return ""
    }
}
