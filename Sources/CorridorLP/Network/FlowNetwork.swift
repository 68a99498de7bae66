// SPDX-License-Identifier: GPL-3.0-or-later

/// A min-cost flow network: nodes with a supply (positive) or a demand (negative), and arcs that
/// carry flow from one node to another between a lower and an upper capacity, at a cost per unit.
///
/// Flow conservation at every node: flow out − flow in = supply. Supplies must sum to 0
/// (``check()`` refuses an unbalanced network: add a dummy node with the difference, joined by
/// arcs of the right cost, to model unmet demand or unused supply).
///
/// Every value is checked when it is added (finite numbers, capacities `0 ≤ lower ≤ upper`,
/// nodes of this network), so a solver only adds the checks of its own algorithm (GLPK's
/// out-of-kilter algorithm takes whole numbers only).
///
///     var network = FlowNetwork()
///     let plant = try network.addNode("plant", supply: 5)
///     let city = try network.addNode("city", supply: -5)
///     try network.addArc(from: plant, to: city, upper: 8, cost: 3)
///     let flow = try GLPKSolver().solve(network)   // 5 units, cost 15
public struct FlowNetwork: Sendable {
    /// A node of one network (its index, 0-based).
    public struct Node: Hashable, Sendable {
        public let index: Int
        public init(index: Int) { self.index = index }
    }

    /// An arc of one network (its index, 0-based).
    public struct Arc: Hashable, Sendable {
        public let index: Int
        public init(index: Int) { self.index = index }
    }

    public var name: String = ""
    public private(set) var nodeNames: [String] = []
    /// Each node's supply (positive) or demand (negative).
    public private(set) var supplies: [Double] = []
    public private(set) var arcNames: [String] = []
    public private(set) var tails: [Node] = []
    public private(set) var heads: [Node] = []
    public private(set) var lowerCapacities: [Double] = []
    /// Each arc's upper capacity; `.infinity` for none.
    public private(set) var upperCapacities: [Double] = []
    public private(set) var costs: [Double] = []

    public init(name: String = "") { self.name = name }

    public var nodeCount: Int { supplies.count }
    public var arcCount: Int { costs.count }
    public var nodes: [Node] { (0..<nodeCount).map(Node.init(index:)) }
    public var arcs: [Arc] { (0..<arcCount).map(Arc.init(index:)) }

    /// The node's name, or `n<index>` (1-based, as DIMACS numbers nodes) when it has none.
    public func name(of node: Node) -> String {
        let name = nodeNames.indices.contains(node.index) ? nodeNames[node.index] : ""
        return name.isEmpty ? "n\(node.index + 1)" : name
    }

    /// The arc's name, or `from->to` when it has none.
    public func name(of arc: Arc) -> String {
        guard arcNames.indices.contains(arc.index) else { return "a\(arc.index + 1)" }
        let name = arcNames[arc.index]
        return name.isEmpty
            ? "\(self.name(of: tails[arc.index]))->\(self.name(of: heads[arc.index]))" : name
    }

    /// Adds a node with a supply (positive), a demand (negative) or neither (0).
    ///
    /// - Throws: ``ModelError/invalidName(_:reason:)``, or
    ///   ``ModelError/invalidCoefficient(owner:variable:value:)`` for a supply that is not finite.
    @discardableResult
    public mutating func addNode(_ name: String = "", supply: Double = 0) throws(ModelError) -> Node {
        try Model.check(name: name)
        guard supply.isFinite else {
            throw .invalidCoefficient(
                owner: "node \(name.isEmpty ? "n\(nodeCount + 1)" : name)", variable: "the supply",
                value: supply)
        }
        nodeNames.append(name)
        supplies.append(supply)
        return Node(index: nodeCount - 1)
    }

    /// Adds an arc that carries between `lower` and `upper` units from `tail` to `head`, at
    /// `cost` per unit. Parallel arcs are allowed; an arc from a node to itself is not.
    ///
    /// - Throws: ``ModelError`` naming the arc when a node is not in this network, the
    ///   capacities are not `0 ≤ lower ≤ upper` (`upper` may be `.infinity`), or the cost is not
    ///   finite.
    @discardableResult
    public mutating func addArc(
        _ name: String = "", from tail: Node, to head: Node, lower: Double = 0,
        upper: Double = .infinity, cost: Double = 0
    ) throws(ModelError) -> Arc {
        try Model.check(name: name)
        let owner = "arc \(name.isEmpty ? "a\(arcCount + 1)" : name)"
        for node in [tail, head] where !(0..<nodeCount).contains(node.index) {
            throw .unknownNode(owner: owner, index: node.index, nodeCount: nodeCount)
        }
        guard tail != head else {
            throw .invalidArc(
                owner: owner,
                reason: "goes from \(self.name(of: tail)) to itself, so it carries no flow between"
                    + " nodes — drop it")
        }
        let bounds = Bounds(lower: lower, upper: upper)
        if let problem = bounds.problem ?? (lower >= 0 && lower.isFinite ? nil : "lower capacity must be a finite number ≥ 0") {
            throw .invalidBounds(owner: owner, bounds, reason: problem)
        }
        guard cost.isFinite else {
            throw .invalidCoefficient(owner: owner, variable: "the cost", value: cost)
        }
        arcNames.append(name)
        tails.append(tail)
        heads.append(head)
        lowerCapacities.append(lower)
        upperCapacities.append(upper)
        costs.append(cost)
        return Arc(index: arcCount - 1)
    }

    /// Checks what only the whole network can show: supplies summing to 0 (to within 1e-9 of
    /// the total supply, for fractional data).
    public func check() throws(ModelError) {
        let total = supplies.reduce(0, +)
        let scale = max(1, supplies.reduce(0) { $0 + abs($1) })
        guard abs(total) <= 1e-9 * scale else {
            throw .unbalancedSupplies(total: total)
        }
    }
}
