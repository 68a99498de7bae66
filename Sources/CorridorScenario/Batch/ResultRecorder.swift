// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// Turns how a worker ended into the scenario's result file: the worker's own result when it
/// wrote one, else a failure result that says why (the reason is what a user needs to act on, so
/// it quotes the worker's standard error).
struct ResultRecorder {
    let entry: BatchEntry
    let configuration: BatchConfiguration

    /// The bytes of a worker's standard error kept in a failure message (the end: where the
    /// reason is).
    static let stderrTail = 4000

    /// Records the result of `entry` from the worker's `json` file and `exit`; returns the outcome.
    func record(
        exit: WorkerProcess.Exit, json: String, stderr: String,
        timing: (start: Double, worker: Double)?
    ) -> ScenarioOutcome {
        var result: [String: Any]
        var failure: String?
        if exit == .exited(0), let written = ResultFile.read(json), SummaryRow(result: written) != nil {
            result = written
            if (result["status"] as? String) == "error" || SummaryRow(result: result)?.failed == true {
                failure = result["message"] as? String ?? "the solve ended in an error"
            }
        } else {
            let reason = Self.reason(for: exit, stderr: tail(of: stderr), configuration: configuration, entry: entry)
            result = ResultFile.failure(for: entry, message: reason)
            failure = reason
        }
        // The batch's own fields: the file as listed (what `--resume` and `summarize` match on)
        // and how the worker ran.
        result["file"] = entry.file.path
        var batch: [String: Any] = ["path": entry.file.absolutePath, "worker": Self.describe(exit)]
        if let timing {
            batch["start_seconds"] = timing.start
            batch["worker_seconds"] = timing.worker
        }
        result["batch"] = batch

        let status = result["status"] as? String ?? "error"
        do {
            try ResultFile.write(result, to: entry.resultPath(in: configuration.outputFolder))
        } catch {
            failure = "cannot write the result: \(error.localizedDescription)"
        }
        return ScenarioOutcome(
            entry: entry, status: failure == nil ? status : "error", failure: failure,
            wallSeconds: 0, startSeconds: timing?.start, workerSeconds: timing?.worker,
            solveSeconds: SummaryRow(result: result)?.solveSeconds)
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
            let limit = configuration.timeLimitSeconds ?? entry.header.timeLimitSeconds ?? 0
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

    /// The last ``stderrTail`` bytes of the file at `path`, trimmed.
    private func tail(of path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        let text = String(decoding: data.suffix(Self.stderrTail), as: UTF8.self)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func format(_ seconds: Double) -> String {
        String(format: "%.1f", seconds)
    }
}
