// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import CorridorScenario
import Foundation

/// The closing lines of a batch on standard output: counts, throughput, and where the time per
/// scenario went beyond solving (the overhead that `--jobs` spreads over the cores).
struct BatchReport: CustomStringConvertible {
    let summary: Summary
    let outcomes: [ScenarioOutcome]
    let elapsed: Duration
    let shard: Shard
    let out: String

    var description: String {
        let seconds = elapsed.seconds
        let failed = summary.failedCount
        let statuses = summary.statusCounts.sorted { $0.key < $1.key }
            .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
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
        for row in summary.rows where row.failed {
            lines.append("  failed: \(row.file): \(row.message ?? row.status)")
        }
        return lines.joined(separator: "\n")
    }

    /// `overhead per scenario: start 12.9 ms, load+write 6.6 ms, exit 3.1 ms, record 2.7 ms
    /// (solve 0.3 ms, wall 25.6 ms)`,
    /// means over the scenarios whose worker reported its timing.
    private var overheadLine: String? {
        let timed = outcomes.filter {
            $0.startSeconds != nil && $0.workerSeconds != nil && $0.recordSeconds != nil
        }
        guard !timed.isEmpty else { return nil }
        func mean(_ value: (ScenarioOutcome) -> Double) -> String {
            String(format: "%.1f ms", 1000 * timed.map(value).reduce(0, +) / Double(timed.count))
        }
        return "overhead per scenario: start " + mean { $0.startSeconds! }
            + ", load+write " + mean { $0.workerSeconds! - ($0.solveSeconds ?? 0) }
            + ", exit " + mean { $0.exitSeconds ?? 0 } + ", record " + mean { $0.recordSeconds! }
            + " (solve " + mean { $0.solveSeconds ?? 0 } + ", wall " + mean { $0.wallSeconds } + ")"
    }
}
