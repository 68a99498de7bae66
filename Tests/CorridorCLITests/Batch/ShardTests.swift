// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// `--shard K/N` and `corridor summarize`, run with the very commands of the cluster manifests
/// (`deploy/kubernetes/batch-job.yaml`, `deploy/slurm/batch.sbatch`, `deploy/run-shards-locally.sh`)
/// as local processes: the merged summary equals the unsharded run's, with no duplicates.
@Suite("batch shards and summarize", .serialized)
struct ShardTests {
    /// A workspace with the scenarios at `data/scenarios` (and their models at `data/models`),
    /// the layout of the shared volume, and an unsharded run's summary rows.
    private func prepared() throws -> (BatchWorkspace, [String]) {
        let workspace = try BatchWorkspace()
        let data = workspace.root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: workspace.root.appendingPathComponent("valid"), to: data.appendingPathComponent("scenarios"))
        try FileManager.default.copyItem(
            at: workspace.root.appendingPathComponent("models"), to: data.appendingPathComponent("models"))
        let unsharded = try workspace.corridor(
            ["batch", workspace.path("data/scenarios"), "--out", workspace.path("unsharded")])
        #expect(unsharded.status == 0, "\(unsharded.stderr)")
        let rows = try workspace.comparableRows("unsharded")
        #expect(rows.count == 8)
        return (workspace, rows)
    }

    @Test func kubernetesIndexedJobShardsEqualTheUnshardedRun() throws {
        let (workspace, unsharded) = try prepared()
        defer { workspace.remove() }
        let manifest = try Repository.text("deploy/kubernetes/batch-job.yaml")
        let count = try #require(Int(try value(of: "completions:", in: manifest)))
        #expect(count > 1)
        let batch = try command(containing: "corridor batch", in: manifest)
        let summarize = try command(containing: "corridor summarize", in: manifest)
        #expect(batch.contains("--shard"))

        var shardFiles: [[String]] = []
        for index in 0..<count {
            let run = try workspace.shell(
                batch,
                environment: [
                    "DATA": workspace.path("data"), "COUNT": "\(count)",
                    "JOB_COMPLETION_INDEX": "\(index)",
                ])
            #expect(run.status == 0, "shard \(index): \(run.stderr)")
            shardFiles.append(
                try workspace.summaryRows("data/results/shard-\(index)").compactMap { $0["file"] as? String })
        }
        expectDisjointCover(shardFiles, total: unsharded.count)

        let merged = try workspace.shell(
            summarize, environment: ["DATA": workspace.path("data"), "COUNT": "\(count)"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try workspace.comparableRows("data/results/all") == unsharded)
    }

    @Test func slurmJobArrayShardsEqualTheUnshardedRun() throws {
        let (workspace, unsharded) = try prepared()
        defer { workspace.remove() }
        let script = Repository.root.appendingPathComponent("deploy/slurm/batch.sbatch").path
        let text = try Repository.text("deploy/slurm/batch.sbatch")
        // `#SBATCH --array=0-3`: tasks 0…3.
        let array = try value(of: "#SBATCH --array=", in: text).split(separator: "-")
        let first = try #require(Int(array.first ?? ""))
        let last = try #require(Int(array.last ?? ""))
        let count = last - first + 1
        #expect(count > 1)

        var shardFiles: [[String]] = []
        for task in first...last {
            let run = try workspace.shell(
                "bash '\(script)'",
                environment: [
                    "DATA": workspace.path("data"), "SLURM_ARRAY_TASK_ID": "\(task)",
                    "SLURM_ARRAY_TASK_COUNT": "\(count)", "SLURM_CPUS_PER_TASK": "1",
                ])
            #expect(run.status == 0, "task \(task): \(run.stderr)")
            shardFiles.append(
                try workspace.summaryRows("data/results/shard-\(task)").compactMap { $0["file"] as? String })
        }
        expectDisjointCover(shardFiles, total: unsharded.count)

        let merged = try workspace.shell(
            "bash '\(script)' summarize", environment: ["DATA": workspace.path("data")])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try workspace.comparableRows("data/results/all") == unsharded)
    }

    @Test func localShardScriptEqualsTheUnshardedRun() throws {
        let (workspace, unsharded) = try prepared()
        defer { workspace.remove() }
        let script = Repository.root.appendingPathComponent("deploy/run-shards-locally.sh").path
        let run = try workspace.shell(
            "sh '\(script)' '\(workspace.path("data/scenarios"))' local 3",
            environment: ["CORRIDOR": CorridorTool.executable.path])
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        expectDisjointCover(
            try (0..<3).map { try workspace.summaryRows("local/shard-\($0)").compactMap { $0["file"] as? String } },
            total: unsharded.count)
        #expect(try workspace.comparableRows("local/all") == unsharded)
    }

    /// Shards that overlap are caught: the same results given twice are reported as duplicates,
    /// counted once, and the exit status is 1.
    @Test func summarizeReportsDuplicates() throws {
        let (workspace, unsharded) = try prepared()
        defer { workspace.remove() }
        let run = try workspace.corridor(["summarize", "unsharded", "unsharded", "--out", "merged"])
        #expect(run.status == 1)
        #expect(run.stderr.components(separatedBy: "duplicate: ").count - 1 == unsharded.count)
        #expect(try workspace.comparableRows("merged") == unsharded)
        // Without --out, the CSV goes to standard output.
        let csv = try workspace.corridor(["summarize", "unsharded"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("file,scenario,kind,status,"))
        #expect(csv.stdout.split(separator: "\n").count == unsharded.count + 1)
        let missing = try workspace.corridor(["summarize", "no-such-folder"])
        #expect(missing.status == 2)
    }

    /// Each shard's files are disjoint from the others', and together they are the whole batch.
    private func expectDisjointCover(
        _ shards: [[String]], total: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let all = shards.flatMap { $0 }
        #expect(all.count == total, "\(shards)", sourceLocation: sourceLocation)
        #expect(Set(all).count == total, "duplicates among \(shards)", sourceLocation: sourceLocation)
        #expect(shards.allSatisfy { !$0.isEmpty }, sourceLocation: sourceLocation)
    }

    /// The one line of `text` that holds `marker`, as a shell command (a YAML list item's `- `
    /// removed).
    private func command(containing marker: String, in text: String) throws -> String {
        let lines = text.split(separator: "\n").filter { $0.contains(marker) && !$0.contains("#") }
        try #require(lines.count == 1, "expected one command line with \(marker), found \(lines)")
        var line = lines[0].drop { $0 == " " }
        if line.hasPrefix("- ") { line = line.dropFirst(2) }
        return String(line)
    }

    /// What follows `key` on its line in `text`.
    private func value(of key: String, in text: String) throws -> String {
        let line = try #require(
            text.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key) })
        return line.trimmingCharacters(in: .whitespaces).dropFirst(key.count)
            .trimmingCharacters(in: .whitespaces)
    }
}
