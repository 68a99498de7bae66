// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import CorridorScenario

/// Turns what a worker answered into the scenario's result file: the worker's own result whenever
/// it answered one for this file, else a failure result that says why (the reason is what a user
/// needs to act on, so it quotes the standard error the worker wrote for this scenario).
///
/// A scenario failed exactly when its result's status is `error` (invalid, crashed, timed out, a
/// model that does not translate, an infeasible or unbounded `lp` model), as for
/// `corridor solve`, whose exit status 1 means the same.
struct ResultRecorder {
    let entry: BatchEntry
    let configuration: BatchConfiguration

    /// The bytes of a worker's standard error kept in a failure message: the head, where the
    /// first problems are (a worker reports every problem of a file, first ones first).
    static let stderrHead = 4000

    /// What the worker told about the scenario, besides its result.
    struct Run {
        var exit: WorkerProcess.Exit
        /// The result JSON the worker answered with; `nil` when it answered none.
        var result: Data?
        /// The worker's standard error file: what it wrote for this scenario (or, when it died
        /// before it began the scenario, why).
        var stderr: String
        /// Seconds from sending the request to the worker beginning it, and the worker's run.
        var timing: (start: Double, worker: Double)?
        /// The worker process and which of its scenarios this was.
        var worker: (pid: Int32, scenario: Int)?
    }

    /// Records the result of `entry` from what its worker answered; returns the outcome.
    func record(_ run: Run) -> ScenarioOutcome {
        var result: JSONValue
        if let answered = run.result.flatMap(ResultFile.parse),
            ResultFile.isComplete(answered, for: entry.file)
        {
            // Whatever the exit status: an invalid scenario's result holds all its `errors`.
            result = answered
        } else {
            let reason = Self.reason(
                for: run.exit, stderr: Self.head(of: run.stderr), configuration: configuration,
                entry: entry)
            result = ResultFile.failure(for: entry, message: reason)
        }
        // The batch's own member: the absolute path (what `--resume` and `summarize` match on)
        // and how the worker ran. `file` is the path as listed, as the worker already wrote it.
        var batch: [(String, JSONValue)] = [
            ("path", .string(entry.file.absolutePath)), ("worker", .string(Self.describe(run.exit))),
        ]
        if let worker = run.worker {
            batch.append(("worker_pid", .integer(Int(worker.pid))))
            batch.append(("worker_scenario", .integer(worker.scenario)))
        }
        if let timing = run.timing {
            batch.append(("start_seconds", .number(timing.start)))
            batch.append(("worker_seconds", .number(timing.worker)))
        }
        result = result.setting("file", to: .string(entry.file.path))
            .setting("batch", to: .object(batch))

        let row = SummaryRow(result: result)
        var failure: String?
        if row?.failed ?? true {
            failure = row?.message ?? "the solve ended in an error"
        }
        do {
            try ResultFile.write(result, to: entry.resultPath(in: configuration.outputFolder))
        } catch {
            failure = "cannot write the result: \(error.localizedDescription)"
        }
        return ScenarioOutcome(
            entry: entry, status: failure == nil ? row?.status ?? .error : .error, failure: failure,
            wallSeconds: 0, startSeconds: run.timing?.start, workerSeconds: run.timing?.worker,
            solveSeconds: row?.solveSeconds, workerPid: run.worker?.pid,
            workerScenario: run.worker?.scenario)
    }

    /// Why a worker that wrote no result failed.
    static func reason(
        for exit: WorkerProcess.Exit, stderr: String, configuration: BatchConfiguration,
        entry: BatchEntry
    ) -> String {
        let detail = stderr.isEmpty ? "" : ": \(stderr)"
        switch exit {
        case .answered(let code):
            return "the worker answered (status \(code)) without a result for this file\(detail)"
        case .exited(0):
            return "the worker ended without writing a result\(detail)"
        case .exited(let code):
            return stderr.isEmpty ? "the worker failed with exit status \(code)" : stderr
        case .signaled(let signal):
            return "crashed: \(SignalName.of(signal)) (signal \(signal))\(detail)"
        case .timedOut(let seconds):
            let limit = configuration.timeLimitSeconds(for: entry) ?? 0
            return "timed out after \(format(seconds)) s (time limit \(format(limit)) s + grace "
                + "\(format(configuration.graceSeconds)) s) — killed with SIGKILL"
        case .launchFailed(let message):
            return "cannot start the worker \(configuration.executable): \(message)"
        case .badAnswer(let answer):
            return "bad answer from worker: it answered outside the protocol (\(answer)) — killed\(detail)"
        }
    }

    /// How the worker ended, for the `batch.worker` field.
    static func describe(_ exit: WorkerProcess.Exit) -> String {
        switch exit {
        case .answered(let code): "answered with status \(code)"
        case .exited(let code): "exit status \(code)"
        case .signaled(let signal): "killed by \(SignalName.of(signal))"
        case .timedOut(let seconds): "killed after \(format(seconds)) s"
        case .launchFailed: "not started"
        case .badAnswer: "killed for a garbled answer"
        }
    }

    /// The first ``stderrHead`` bytes of the file at `path`, trimmed.
    private static func head(of path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        // One byte more than kept, to know whether the text was cut.
        let data = (try? handle.read(upToCount: stderrHead + 1)) ?? Data()
        return head(of: data, limit: stderrHead)
    }

    /// The first `limit` bytes of `data` as text, cut at a character boundary (never inside a
    /// UTF-8 sequence), with `…` when something was cut off; trimmed.
    static func head(of data: Data, limit: Int) -> String {
        let bytes = [UInt8](data)
        guard bytes.count > limit else {
            return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var end = limit
        // Back off from continuation bytes (10xxxxxx) to the start of the cut sequence.
        while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        let text = String(decoding: bytes[..<end], as: UTF8.self)
        return text.trimmingCharacters(in: .whitespacesAndNewlines) + " …"
    }

    /// Seconds with one decimal; a limit too large to print as such (10⁹ s or more means none)
    /// in exponent form.
    private static func format(_ seconds: Double) -> String {
        abs(seconds) < 1e9 ? String(format: "%.1f", seconds) : "\(seconds)"
    }
}
