// SPDX-License-Identifier: GPL-3.0-or-later

/// A kind's typed answer: everything a result shows of a plan is made from it, never by reading
/// JSON back.
public protocol ScenarioPlan: Sendable {
    /// The result JSON's `plan`, members in the order the kind's document gives.
    var json: JSONValue { get }
    /// The result JSON's `kpis`.
    var kpis: JSONValue { get }
    /// The vessels, TEU or trucks the plan leaves unserved.
    var unserved: Double { get }
    /// The plan as tables for `--csv` (written as `<name>.csv`); by default one per member of
    /// ``json`` that is a list of objects (``PlanTable/derived(from:)``).
    var tables: [PlanTable] { get }
    /// The plan as an SVG chart titled `title`, or `nil` when the kind draws none.
    func chart(title: String) -> String?
}

extension ScenarioPlan {
    public var tables: [PlanTable] { PlanTable.derived(from: json) }
    public func chart(title: String) -> String? { nil }
}
