// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorBatch
import CorridorKit
import Foundation

/// The closing lines of a batch on standard output: counts, throughput, and where the time per
/// scenario went beyond solving (the overhead that `--jobs` spreads over the cores).
struct BatchReport: CustomStringConvertible {
    let run: Batch.Run
    let shard: Shard
    let out: String

    private var summary: Summary { run.summary }
    private var outcomes: [ScenarioOutcome] { run.outcomes }
    private var elapsed: Duration { run.elapsed }

    var description: String {
        let seconds = elapsed.seconds
        let failed = summary.failedCount
        let statuses = summary.statusCounts.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ")
        var lines = [
            "batch\(shard.count > 1 ? " shard \(shard)" : ""): \(summary.rows.count) scenarios"
                + " (\(statuses)): \(summary.rows.count - failed) succeeded, \(failed) failed"
                + " — results and summary.csv in \(out)"
        ]
        if !outcomes.isEmpty {
            let rate = seconds > 0 ? Double(outcomes.count) / seconds : 0
            lines.append(
                "solved \(outcomes.count) in " + String(format: "%.2f s (%.1f scenarios/s)", seconds, rate))
        }
        if let overhead = overheadLine { lines.append(overhead) }
        if let workers = workersLine { lines.append(workers) }
        for row in summary.rows where row.failed {
            lines.append("  failed: \(row.file): \(row.message ?? row.status.rawValue)")
        }
        return lines.joined(separator: "\n")
    }

    /// `overhead per scenario: start 0.1 ms, load+write 1.1 ms, reply 0.1 ms, record 0.4 ms
    /// (solve 0.3 ms, wall 2.0 ms)`, means over the scenarios whose worker answered: start is
    /// from sending a scenario to its worker beginning it (with the workers' own start-ups spread
    /// over their scenarios), load+write the worker's run besides the solver, reply from the
    /// worker's end of the scenario until the batch has its answer, record the batch writing it.
    private var overheadLine: String? {
        let timed = outcomes.filter {
            $0.startSeconds != nil && $0.workerSeconds != nil && $0.recordSeconds != nil
        }
        guard !timed.isEmpty else { return nil }
        func mean(_ value: (ScenarioOutcome) -> Double) -> String {
            String(format: "%.2f ms", 1000 * timed.map(value).reduce(0, +) / Double(timed.count))
        }
        return "overhead per scenario: start " + mean { $0.startSeconds! }
            + ", load+write " + mean { $0.workerSeconds! - ($0.solveSeconds ?? 0) }
            + ", reply " + mean { $0.replySeconds ?? 0 } + ", record " + mean { $0.recordSeconds! }
            + " (solve " + mean { $0.solveSeconds ?? 0 } + ", wall " + mean { $0.wallSeconds } + ")"
    }

    /// `workers: 2 processes for 1000 scenarios, 12.5 ms from start to first scenario`: how
    /// often the batch paid for starting a process (a crash, a timeout and recycling each cost
    /// one more), and what one costs (part of the start figure above).
    private var workersLine: String? {
        let pids = Set(outcomes.compactMap(\.workerPid))
        guard !pids.isEmpty else { return nil }
        let firsts = outcomes.filter { $0.workerScenario == 1 }.compactMap(\.startSeconds)
        var line = "workers: \(pids.count) processes for \(outcomes.count) scenarios"
        if !firsts.isEmpty {
            let startUp = 1000 * firsts.reduce(0, +) / Double(firsts.count)
            line += String(format: ", %.1f ms from start to first scenario", startUp)
        }
        return line
    }
}
