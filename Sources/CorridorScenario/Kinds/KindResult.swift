// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

/// What a kind's solve produced: the kind-specific half of a ``ScenarioResult``.
public struct KindResult: Sendable {
    public var status: ResultStatus
    public var objective: Double?
    /// Best proven bound (lower when minimising); equal to `objective` when optimal.
    public var bound: Double?
    /// `|objective − bound| / max(|objective|, 1e-9)`; 0 when optimal.
    public var gap: Double?
    /// Vessels / TEU / trucks the plan leaves unserved (0 for the `lp` kind).
    public var unserved: Double
    public var seconds: Double
    public var model: ModelStats?
    /// The kind's own plan (see its document).
    public var plan: JSONValue
    public var kpis: JSONValue
    /// The plan as tables for `--csv`; by default those ``PlanTable/derived(from:)`` finds.
    public var tables: [PlanTable]
    public var message: String?

    public init(
        status: ResultStatus, objective: Double? = nil, bound: Double? = nil, gap: Double? = nil,
        unserved: Double = 0, seconds: Double = 0, model: ModelStats? = nil,
        plan: JSONValue = .object([]), kpis: JSONValue = .object([]), tables: [PlanTable]? = nil,
        message: String? = nil
    ) {
        self.status = status
        self.objective = objective
        self.bound = bound
        self.gap = gap ?? (status == .optimal ? 0 : nil)
        self.unserved = unserved
        self.seconds = seconds
        self.model = model
        self.plan = plan
        self.kpis = kpis
        self.tables = tables ?? PlanTable.derived(from: plan)
        self.message = message
    }

    /// The common fields from a solver's `solution` of `model`; the kind adds plan and KPIs.
    public init(
        solution: Solution, model: Model, unserved: Double = 0, plan: JSONValue = .object([]),
        kpis: JSONValue = .object([]), tables: [PlanTable]? = nil
    ) {
        let hasPlan = solution.status.hasSolution
        self.init(
            status: ResultStatus(solution.status),
            objective: hasPlan ? solution.objective : nil,
            bound: solution.bound,
            gap: hasPlan ? solution.gap : nil,
            unserved: unserved, seconds: solution.seconds, model: ModelStats(model),
            plan: plan, kpis: kpis, tables: tables,
            message: ResultStatus.message(for: solution.status, solverMessage: solution.message))
    }
}
