// SPDX-License-Identifier: GPL-3.0-or-later

/// A bad value in a ``YardProblem``: where it is, what is wrong, what to do.
///
/// The field names are those of a scenario file (`blocks[A1].max_fill`), so a message reads the
/// same whether the problem was built in Swift or read from a file; a scenario reader turns the
/// ``place`` into its file and line.
public struct YardError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the bad value is.
    public enum Place: Sendable, Hashable {
        /// A field of the problem itself (`period_hours`).
        case problem(field: String)
        /// The point at `index` of `points`.
        case point(index: Int)
        /// A field of the block at `index` (`field` may be nested: `distance_m.GATE`).
        case block(index: Int, id: String, field: String)
        /// A field of the flow at `index`.
        case flow(index: Int, id: String, field: String)
    }

    public var place: Place
    /// What is wrong, e.g. `must lie in (0, 1] (got 1.2)`.
    public var problem: String
    /// What to do about it.
    public var fix: String
    /// Whether the value is wrong only together with others (initial stock over the fill limit,
    /// `leaves ≤ enters`, a point without a distance), so a reader that checks single values as
    /// it reads them still needs this check.
    public var isConsistency: Bool

    public init(_ place: Place, _ problem: String, fix: String, isConsistency: Bool = false) {
        self.place = place
        self.problem = problem
        self.fix = fix
        self.isConsistency = isConsistency
    }

    /// The field path with ids: `blocks[A1].max_fill`, `flows[BARYS-049].leaves`.
    public var field: String {
        switch place {
        case .problem(let field): field
        case .point(let index): "points[\(index)]"
        case .block(_, let id, let field): "blocks[\(id)].\(field)"
        case .flow(_, let id, let field): "flows[\(id)].\(field)"
        }
    }

    /// `field: what is wrong — what to do`.
    public var description: String { "\(field): \(problem) — \(fix)" }
}
