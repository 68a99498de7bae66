// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

/// A scenario file read and validated as a known kind: its input is typed, for kind-specific
/// commands (`corridor yard capacity`) and programs that read one kind
/// (``ScenarioLoader/load(_:as:)``).
public struct TypedScenario<Kind: ScenarioKind>: Sendable {
    /// The file as given.
    public var file: String
    public var core: ScenarioCore
    public var input: Kind.Input

    public init(file: String, core: ScenarioCore, input: Kind.Input) {
        self.file = file
        self.core = core
        self.input = input
    }

    /// The scenario's solver settings, with `timeLimitSeconds` (the command line's
    /// `--time-limit`) replacing the file's `solver.time_limit_seconds` when given. Any number is
    /// safe (see ``SolverSettings/timeLimit``); callers reject NaN and negative ones as bad input.
    public func settings(timeLimitSeconds: Double? = nil) -> SolverSettings {
        var settings = core.solver
        if let timeLimitSeconds { settings.timeLimitSeconds = timeLimitSeconds }
        return settings
    }

    /// Solves the scenario. A failed solve is a result with status `error` (so
    /// ``ScenarioResult/isFailure``), never a thrown error, so a caller always has a result to write.
    public func solve(
        timeLimitSeconds: Double? = nil, using solver: some LinearSolver = GLPKSolver()
    ) -> ScenarioResult {
        let started = ContinuousClock.now
        do {
            let result = try Kind.solve(input, settings: settings(timeLimitSeconds: timeLimitSeconds), using: solver)
            return ScenarioResult(core: core, file: file, result: result)
        } catch {
            return .failed(
                file: file, scenario: core.name, kind: core.kind, errors: [error.description],
                seconds: (ContinuousClock.now - started).seconds)
        }
    }

    /// The input as MathProg data for `Models/<kind>.mod`, or `nil` when the kind has no twin.
    public var mathProgData: String? { Kind.mathProgData(input) }
}

/// A scenario file read and validated, of whichever kind the registry found: ready to solve.
public struct Scenario: Sendable {
    private let base: any AnyTypedScenario

    init<Kind>(_ typed: TypedScenario<Kind>) {
        base = typed
    }

    /// The file as given.
    public var file: String { base.file }
    public var core: ScenarioCore { base.core }
    public var kind: any ScenarioKind.Type { base.kind }

    /// Solves the scenario: see ``TypedScenario/solve(timeLimitSeconds:using:)``.
    public func solve(
        timeLimitSeconds: Double? = nil, using solver: some LinearSolver = GLPKSolver()
    ) -> ScenarioResult {
        base.solve(timeLimitSeconds: timeLimitSeconds, using: solver)
    }

    /// The scenario as `kind`, or `nil` when it is of another kind.
    public func typed<Kind: ScenarioKind>(as kind: Kind.Type) -> TypedScenario<Kind>? {
        base as? TypedScenario<Kind>
    }

    /// The input as MathProg data for `Models/<kind>.mod`, or `nil` when the kind has no twin.
    public var mathProgData: String? { base.mathProgData }
}

/// What ``Scenario`` needs of a ``TypedScenario`` without knowing its kind.
private protocol AnyTypedScenario: Sendable {
    var file: String { get }
    var core: ScenarioCore { get }
    var kind: any ScenarioKind.Type { get }
    var mathProgData: String? { get }
    func solve(timeLimitSeconds: Double?, using solver: some LinearSolver) -> ScenarioResult
}

extension TypedScenario: AnyTypedScenario {
    fileprivate var kind: any ScenarioKind.Type { Kind.self }
}
