// SPDX-License-Identifier: GPL-3.0-or-later

/// What happened to one scenario in this run of a batch.
public struct ScenarioOutcome: Sendable {
    public var entry: BatchEntry
    /// The result's status (`optimal`, `feasible`, `no-solution`, `error`).
    public var status: String
    /// Why the scenario failed; `nil` when it has a result that is not an error.
    public var failure: String?
    /// From starting the worker to having written the result.
    public var wallSeconds: Double
    /// The phases of `wallSeconds`, when the worker reported its timing: start (process start-up
    /// and argument parsing), the worker's run (load, solve, write), exit (the worker's exit until
    /// the batch notices it) and record (the batch writing the result). `solveSeconds` is the
    /// solver's part of the worker's run.
    public var startSeconds: Double?
    public var workerSeconds: Double?
    public var solveSeconds: Double?
    public var exitSeconds: Double?
    public var recordSeconds: Double?

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
