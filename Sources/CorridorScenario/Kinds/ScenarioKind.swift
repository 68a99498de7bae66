// SPDX-License-Identifier: GPL-3.0-or-later

/// A kind of planning problem (`berth`, `yard`, `crossings`, `lp`): its input, validation,
/// solver and plan output.
///
/// A kind plugs into the loader through a ``KindRegistry``; the loader reads the core fields
/// (`kind`, `name`, `horizon`, `solver`), hands the document's root to ``decode(_:core:)``,
/// then reports every top-level field that neither asked for as unknown.
public protocol ScenarioKind: Sendable {
    /// The value of `kind:` that selects this kind.
    static var name: String { get }
    /// Whether a scenario of this kind must have a `horizon`.
    static var needsHorizon: Bool { get }

    /// Reads and validates the kind's fields from the scenario's root mapping.
    ///
    /// Report every problem through the readers (never stop at the first) and return `nil` when
    /// the input cannot be formed. A scenario with any reported problem is rejected even when
    /// this returns a value, so a decoder may return a partial value or `nil` as convenient.
    static func decode(_ root: NodeReader, core: ScenarioCore) -> Self?

    /// Builds and solves the model.
    ///
    /// Outcomes, including "no plan within the time limit", are results; throw only when the
    /// solve itself failed (a solver error); a model file that cannot be read or translated is a
    /// problem for ``decode(_:core:)`` to report.
    func solve(_ settings: SolverSettings) throws -> KindResult

    /// The plan as an SVG chart, or `nil` when this kind has none.
    func chart(of result: ScenarioResult) -> String?
}

extension ScenarioKind {
    public func chart(of result: ScenarioResult) -> String? { nil }
}
