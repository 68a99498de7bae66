// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// Turns how a worker ended into the scenario's result file: the worker's own result whenever it
/// wrote one for this file, else a failure result that says why (the reason is what a user needs
/// to act on, so it quotes the worker's standard error).
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

    /// Records the result of `entry` from the worker's `json` file and `exit`; returns the outcome.
    func record(
        exit: WorkerProcess.Exit, json: String, stderr: String,
        timing: (start: Double, worker: Double)?
    ) -> ScenarioOutcome {
        var result: JSONValue
        if let written = ResultFile.read(json), ResultFile.isComplete(written, for: entry.file) {
            // Whatever the exit status: an invalid scenario's result holds all its `errors`.
            result = written
        } else {
            let reason = Self.reason(
                for: exit, stderr: Self.head(of: stderr), configuration: configuration, entry: entry)
            result = ResultFile.failure(for: entry, message: reason)
        }
        // The batch's own member: the absolute path (what `--resume` and `summarize` match on)
        // and how the worker ran. `file` is the path as listed, as the worker already wrote it.
        var batch: [(String, JSONValue)] = [
            ("path", .string(entry.file.absolutePath)), ("worker", .string(Self.describe(exit))),
        ]
        if let timing {
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
            entry: entry, status: failure == nil ? row?.status ?? "error" : "error", failure: failure,
            wallSeconds: 0, startSeconds: timing?.start, workerSeconds: timing?.worker,
            solveSeconds: row?.solveSeconds)
    }

    /// Why a worker that wrote no result failed.
    static func reason(
        for exit: WorkerProcess.Exit, stderr: String, configuration: BatchConfiguration,
        entry: BatchEntry
    ) -> String {
        let detail = stderr.isEmpty ? "" : ": \(stderr)"
        switch exit {
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
        }
    }

    /// How the worker ended, for the `batch.worker` field.
    static func describe(_ exit: WorkerProcess.Exit) -> String {
        switch exit {
        case .exited(let code): "exit status \(code)"
        case .signaled(let signal): "killed by \(SignalName.of(signal))"
        case .timedOut(let seconds): "killed after \(format(seconds)) s"
        case .launchFailed: "not started"
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
