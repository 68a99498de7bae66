// SPDX-License-Identifier: GPL-3.0-or-later

/// A value that a ``Model`` refuses: each message names the value and says what to do.
///
/// These are programming or input errors in building a model. What a solver finds out about a
/// well-formed model (infeasible, unbounded, out of time) is a ``Solution``, never an error.
public enum ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A name GLPK cannot store: longer than 255 bytes or with a control character.
    case invalidName(String, reason: String)
    /// Bounds that are NaN, inverted, or infinite on the wrong side.
    case invalidBounds(owner: String, Bounds, reason: String)
    /// A coefficient or constant that is NaN or infinite.
    case invalidCoefficient(owner: String, variable: String, value: Double)
    /// A variable whose index is not a column of this model (made by another model).
    case unknownVariable(owner: String, index: Int, columnCount: Int)
    /// A constraint whose index is not a row of this model.
    case unknownConstraint(index: Int, rowCount: Int)
    /// A value vector whose length is not the number of columns.
    case wrongLength(what: String, count: Int, expected: Int)
    /// A ``FlowNetwork`` node whose index is not a node of this network.
    case unknownNode(owner: String, index: Int, nodeCount: Int)
    /// A ``FlowNetwork`` arc the network refuses (from a node to itself).
    case invalidArc(owner: String, reason: String)
    /// A ``FlowNetwork`` whose supplies and demands do not sum to 0.
    case unbalancedSupplies(total: Double)
    /// A number GLPK's out-of-kilter algorithm cannot take: not whole, or beyond its `int` range.
    case notWholeNumber(owner: String, what: String, value: Double)

    public var description: String {
        switch self {
        case .invalidName(let name, let reason):
            "name \"\(name.prefix(40))\(name.count > 40 ? "…" : "")\" \(reason)"
                + " — use at most 255 bytes and no control characters"
        case .invalidBounds(let owner, let bounds, let reason):
            "\(owner): invalid bounds [\(bounds.lower), \(bounds.upper)]: \(reason)"
                + " — give finite numbers with lower ≤ upper (±infinity means no bound)"
        case .invalidCoefficient(let owner, let variable, let value):
            "\(owner): coefficient \(value) of \(variable) is not a finite number"
                + " — check the data that computes it"
        case .unknownVariable(let owner, let index, let columnCount):
            "\(owner): variable x\(index + 1) is not in this model (it has \(columnCount) columns)"
                + " — use variables made by this model's addVariable"
        case .unknownConstraint(let index, let rowCount):
            "constraint r\(index + 1) is not in this model (it has \(rowCount) rows)"
                + " — use constraints made by this model's addConstraint"
        case .wrongLength(let what, let count, let expected):
            "\(what) has \(count) values where \(expected) are needed"
                + " — give one value per column, in order"
        case .unknownNode(let owner, let index, let nodeCount):
            "\(owner): node n\(index + 1) is not in this network (it has \(nodeCount) nodes)"
                + " — use nodes made by this network's addNode"
        case .invalidArc(let owner, let reason):
            "\(owner) \(reason)"
        case .unbalancedSupplies(let total):
            "supplies and demands sum to \(total), not 0 — add a node with supply \(-total)"
                + " joined by arcs that take up the difference (unmet demand or unused supply)"
        case .notWholeNumber(let owner, let what, let value):
            "\(owner): \(what) \(value) is not a whole number up to 2147483647, which GLPK's"
                + " out-of-kilter algorithm needs — scale the data to whole units, or solve with"
                + " the dual simplex (algorithm .dualSimplex)"
        }
    }
}
