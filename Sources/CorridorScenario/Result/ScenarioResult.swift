// SPDX-License-Identifier: GPL-3.0-or-later

/// The result of one scenario: what `corridor solve --json` writes and `batch` collects.
public struct ScenarioResult: Sendable {
    /// The scenario's name.
    public var scenario: String
    public var kind: String
    public var status: ResultStatus
    public var objective: Double?
    public var bound: Double?
    public var gap: Double?
    /// `nil` when nothing was solved.
    public var unserved: Double?
    public var solveSeconds: Double
    public var model: ModelStats?
    public var plan: JSONValue
    public var kpis: JSONValue
    public var message: String?
    /// The scenario file as given.
    public var file: String
    /// Every problem of an invalid scenario (`FILE:LINE: field: what — what to do`), or the error
    /// of a solve that failed; empty for a solved scenario, whatever its status (an infeasible
    /// `lp` model is solved: its status is `error`, its `message` says why, `errors` is empty).
    public var errors: [String]
    /// The typed plan the JSON's `plan` and `kpis` were made from; `nil` for a result without a
    /// plan and for one read back from a file.
    public var typedPlan: (any ScenarioPlan)?

    public init(
        scenario: String, kind: String, file: String, status: ResultStatus,
        objective: Double? = nil, bound: Double? = nil, gap: Double? = nil, unserved: Double? = nil,
        solveSeconds: Double = 0, model: ModelStats? = nil, plan: JSONValue = .object([]),
        kpis: JSONValue = .object([]), message: String? = nil, errors: [String] = [],
        typedPlan: (any ScenarioPlan)? = nil
    ) {
        self.scenario = scenario
        self.kind = kind
        self.file = file
        self.status = status
        self.objective = objective
        self.bound = bound
        self.gap = gap
        self.unserved = unserved
        self.solveSeconds = solveSeconds
        self.model = model
        self.plan = plan
        self.kpis = kpis
        self.message = message
        self.errors = errors
        self.typedPlan = typedPlan
    }

    /// A solved scenario's result: the plan's JSON, KPIs and unserved amount made from its typed
    /// plan (an empty plan and nothing unserved when there is none).
    public init<Plan>(core: ScenarioCore, file: String, result: KindResult<Plan>) {
        self.init(
            scenario: core.name, kind: core.kind, file: file, status: result.status,
            objective: result.objective, bound: result.bound, gap: result.gap,
            unserved: result.plan?.unserved ?? 0, solveSeconds: result.seconds, model: result.model,
            plan: result.plan?.json ?? .object([]), kpis: result.plan?.kpis ?? .object([]),
            message: result.message, typedPlan: result.plan)
    }

    /// The plan's tables for `--csv` (not part of the JSON); none without a typed plan.
    public var tables: [PlanTable] { typedPlan?.tables ?? [] }

    /// The plan as an SVG chart titled with the scenario's name; `nil` without a typed plan or
    /// when the kind draws none.
    public func chart() -> String? { typedPlan?.chart(title: scenario) }

    /// The result of a scenario that could not be solved: status `error`, the problems as
    /// `errors` and the first one (with the count) as `message`.
    public static func failed(
        file: String, scenario: String, kind: String, errors: [String], seconds: Double = 0
    ) -> ScenarioResult {
        let first = errors.first ?? "unknown error"
        let message =
            errors.count > 1 ? "\(errors.count) problems; the first: \(first)" : first
        return ScenarioResult(
            scenario: scenario, kind: kind, file: file, status: .error, solveSeconds: seconds,
            message: message, errors: errors)
    }

    /// The result of a scenario that did not validate: the loader's problems, under the name and
    /// kind it read (the file name and `""` where it read none).
    public static func invalid(file: String, _ error: ScenarioValidationError) -> ScenarioResult {
        failed(
            file: file, scenario: error.scenario ?? ScenarioCore.defaultName(forFile: file),
            kind: error.kind ?? "", errors: error.diagnostics.map(\.description))
    }

    /// Whether the scenario failed: its status is `error` (an invalid scenario, a model file that
    /// does not translate, an infeasible or unbounded `lp` model, a solver failure). `corridor
    /// solve` exits with 1 for it and `batch` counts it as failed. `optimal`, `feasible` and
    /// `no-solution` are answers, not failures. (`errors` says whether the scenario was invalid or
    /// its solve threw, as opposed to a solved model without an optimum.)
    public var isFailure: Bool { status == .error }
}
