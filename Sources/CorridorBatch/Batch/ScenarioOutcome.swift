// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario

/// What happened to one scenario in this run of a batch.
public struct ScenarioOutcome: Sendable {
    public var entry: BatchEntry
    /// The result's status (`optimal`, `feasible`, `no-solution`, `error`).
    public var status: ResultStatus
    /// Why the scenario failed; `nil` when it has a result that is not an error.
    public var failure: String?
    /// From sending the scenario to a worker to having written its result.
    public var wallSeconds: Double
    /// The phases of `wallSeconds`, when the worker answered: start (from sending the request to
    /// the worker beginning it; for a worker's first scenario this includes starting the
    /// process), the worker's run (load, solve, serializing the result), reply (from the worker's
    /// end of the scenario until the batch has the whole answer) and record (the batch writing
    /// the result). `solveSeconds` is the solver's part of the worker's run.
    public var startSeconds: Double?
    public var workerSeconds: Double?
    public var solveSeconds: Double?
    public var replySeconds: Double?
    public var recordSeconds: Double?
    /// The worker process that ran the scenario, and which of its scenarios this was (1 for the
    /// first); `nil` when no worker ran it.
    public var workerPid: Int32?
    public var workerScenario: Int?
    /// Whether the scenario has a result file from this run; `false` for one no worker could be
    /// started for (it counts as failed, and `--resume` solves it).
    public var recorded = true

    public var failed: Bool { failure != nil }
}

/// Receives the progress of a batch, from any thread.
public protocol BatchProgressReporting: Sendable {
    /// The batch starts solving `total` scenarios (`skipped` more already have results).
    func started(total: Int, skipped: Int)
    /// One scenario is done.
    func finished(_ outcome: ScenarioOutcome)
    /// Every scenario is done.
    func completed()
}
