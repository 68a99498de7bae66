// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

/// A kind of planning problem (`berth`, `yard`, `crossings`, `lp`): the descriptor that turns a
/// scenario file's fields into the kind's ``Input`` and solves that input to a typed ``Plan``.
///
/// The three halves are kept apart: the kind itself is only a namespace (it has no instances);
/// ``Input`` is plain Swift values that a program can build without any file; ``Plan`` is the
/// typed answer, from which the result JSON, the CSV tables and the chart are all made.
///
/// A kind joins a program by being listed in its ``KindRegistry``: the loader reads the core
/// fields (`kind`, `name`, `horizon`, `solver`), hands the document's root to
/// ``decode(_:core:)``, then reports every top-level field that neither asked for as unknown. The
/// loader, the result writer and the batch runner know nothing else about a kind.
public protocol ScenarioKind: Sendable {
    /// The kind's problem as plain values (with whatever the plan needs to be written, such as
    /// the horizon).
    associatedtype Input: Sendable
    /// The kind's answer.
    associatedtype Plan: ScenarioPlan

    /// The value of `kind:` that selects this kind.
    static var name: String { get }
    /// Whether a scenario of this kind must have a `horizon`.
    static var needsHorizon: Bool { get }

    /// Reads and validates the kind's fields from the scenario's root mapping.
    ///
    /// Report every problem through the readers (never stop at the first) and return `nil` when
    /// the input cannot be formed. A scenario with any reported problem is rejected even when
    /// this returns a value, so a decoder may return a partial value or `nil` as convenient.
    static func decode(_ root: NodeReader, core: ScenarioCore) -> Input?

    /// Builds and solves the model of `input` with `solver`.
    ///
    /// Outcomes, including "no plan within the time limit", are results; throw only when the
    /// solve itself failed. Anything in the input that can stop the solve short of the solver
    /// (an unreadable model file, a rule no plan can meet) is a problem for
    /// ``decode(_:core:)`` to report.
    static func solve(
        _ input: Input, settings: SolverSettings, using solver: some LinearSolver
    ) throws(SolverError) -> KindResult<Plan>

    /// The input as MathProg data for the kind's twin model `Models/<name>.mod`, or `nil` when
    /// the kind has no twin. Written by `corridor mathprog-data`, so the twin never drifts.
    static func mathProgData(_ input: Input) -> String?
}

extension ScenarioKind {
    public static func mathProgData(_ input: Input) -> String? { nil }
}
