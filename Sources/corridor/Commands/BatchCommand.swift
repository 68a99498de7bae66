// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorBatch
import CorridorKit
import Foundation

/// `corridor batch`: solves every scenario under some paths in long-lived worker processes.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Solve every scenario file under the given paths, isolated in worker processes.",
        discussion: """
            Folders are searched recursively for .yaml, .yml and .json scenarios (hidden entries, \
            CSV and data files skipped), in byte order of their paths. Scenarios are solved by \
            --jobs worker processes, one scenario at a time each: one that crashes its worker, \
            runs past its time limit plus the grace period (its worker is killed), or is invalid \
            is recorded as failed with its reason; a fresh worker replaces a lost one and the \
            rest go on.

            Writes OUT/<scenario>.json per scenario (atomically: a killed batch leaves no half \
            file), OUT/summary.csv and OUT/summary.json. Two scenarios with one name get \
            <name>.json and <name>~2.json (by path order).

            Exit status: 0 when every scenario succeeded, 1 when any failed, 2 for bad arguments.
            """)

    @Argument(help: "Scenario files or folders to search.")
    var paths: [String] = []

    @Option(name: .long, help: "Folder for the results and summaries (created when missing).")
    var out: String

    @Option(name: .long, help: "Scenarios solved at once (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Solve only scenarios without a complete result in the --out folder.")
    var resume = false

    @Flag(name: .long, help: "With --resume, solve scenarios whose result is a failure again too.")
    var retryFailed = false

    @Option(name: .long, help: "Solve only the K-th of N disjoint slices (stable by path), e.g. 2/8.")
    var shard: String?

    @Option(name: .long, help: "Time limit in seconds for every scenario (overrides the files).")
    var timeLimit: Double?

    @Option(name: .long, help: "Seconds a scenario may run past its time limit before it is killed.")
    var grace: Double = 10

    // Hidden: tuning of the worker processes, and what the tests use to see workers replaced.
    @Option(name: .long, help: ArgumentHelp("Scenarios a worker process solves before a fresh one replaces it.", visibility: .hidden))
    var workerScenarios: Int = BatchConfiguration.defaultScenariosPerWorker

    @Option(name: .long, help: ArgumentHelp("Resident memory in MB past which a worker process is replaced.", visibility: .hidden))
    var workerMemory: Int = BatchConfiguration.defaultWorkerMemoryBytes >> 20

    func run() async throws {
        try checkNumbers()
        let batch = Batch(
            paths: paths,
            configuration: BatchConfiguration(
                executable: Self.executable, outputFolder: out,
                jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                timeLimitSeconds: timeLimit, graceSeconds: grace,
                scenariosPerWorker: workerScenarios, workerMemoryBytes: workerMemory << 20),
            shard: try shard.map(Shard.init(parsing:)) ?? .all,
            resume: resume, retryFailed: retryFailed)
        let run = try await batch.run(progress: BatchProgress())
        print(BatchReport(run: run, shard: batch.shard, out: out))
        if run.summary.failedCount > 0 { throw ExitCode.failure }
    }

    private func checkNumbers() throws {
        if let jobs, jobs < 1 {
            throw BadArguments("--jobs \(jobs): give at least 1 (scenarios solved at once)")
        }
        // As `corridor solve` and scenario files take it: 0 too (stop at once, keep what was
        // found), and any finite number of seconds (10⁹ s or more means no limit).
        if let timeLimit, !(timeLimit.isFinite && timeLimit >= 0) {
            throw BadArguments("--time-limit \(timeLimit): give a number of seconds ≥ 0")
        }
        if !(grace.isFinite && grace >= 0) {
            throw BadArguments("--grace \(grace): give a number of seconds ≥ 0")
        }
        if workerScenarios < 1 || workerMemory < 1 || workerMemory > Int.max >> 20 {
            throw BadArguments("--worker-scenarios and --worker-memory: give whole numbers ≥ 1")
        }
        if retryFailed && !resume {
            throw BadArguments("--retry-failed only goes with --resume")
        }
    }

    /// This executable, to start workers from: `/proc/self/exe` names the running binary even when
    /// it was started through `PATH` or a relative path from another folder.
    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
    }
}
