// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

/// What a kind's solve produced: the proof (status, objective, bound, gap), the model's size and
/// the typed plan. The loader's ``Scenario`` adds the scenario's name and file to make a
/// ``ScenarioResult``.
public struct KindResult<Plan: ScenarioPlan>: Sendable {
    public var status: ResultStatus
    public var objective: Double?
    /// Best proven bound (lower when minimising); equal to `objective` when optimal.
    public var bound: Double?
    /// `|objective − bound| / max(|objective|, 1e-9)`; 0 when optimal.
    public var gap: Double?
    public var seconds: Double
    public var model: ModelStats?
    /// The plan; `nil` when there is none (no solution within the limit, or an error).
    public var plan: Plan?
    public var message: String?

    public init(
        status: ResultStatus, objective: Double? = nil, bound: Double? = nil, gap: Double? = nil,
        seconds: Double = 0, model: ModelStats? = nil, plan: Plan? = nil, message: String? = nil
    ) {
        self.status = status
        self.objective = objective
        self.bound = bound
        self.gap = gap ?? (status == .optimal ? 0 : nil)
        self.seconds = seconds
        self.model = model
        self.plan = plan
        self.message = message
    }

    /// The proof from a solver's `solution` of `model`, with `plan` (made from the solution when
    /// it has one).
    public init(solution: Solution, model: Model, plan: Plan?) {
        let hasPlan = solution.status.hasSolution
        self.init(
            status: ResultStatus(solution.status),
            objective: hasPlan ? solution.objective : nil,
            bound: solution.bound,
            gap: hasPlan ? solution.gap : nil,
            seconds: solution.seconds, model: ModelStats(model),
            plan: hasPlan ? plan : nil,
            message: ResultStatus.message(for: solution.status, solverMessage: solution.message))
    }
}
