// SPDX-License-Identifier: GPL-3.0-or-later

extension FlowNetwork {
    /// The network as a linear program: one column per arc (bounds `lower...upper`, objective
    /// coefficient its cost), one row per node, `Σ flow out − Σ flow in = supply`, minimised.
    /// The rows' duals are the node potentials.
    public func linearProgram() throws(ModelError) -> Model {
        var model = Model(name: name)
        model.objectiveName = "cost"
        var outgoing = [[Int]](repeating: [], count: nodeCount)
        var incoming = [[Int]](repeating: [], count: nodeCount)
        for arc in 0..<arcCount {
            outgoing[tails[arc].index].append(arc)
            incoming[heads[arc].index].append(arc)
        }
        let columns = try model.addVariables(count: arcCount)
        for arc in 0..<arcCount {
            try model.setBounds(
                of: columns[arc], Bounds(lower: lowerCapacities[arc], upper: upperCapacities[arc]))
            if !arcNames[arc].isEmpty { model.setColumnName(arcNames[arc], at: arc) }
        }
        try model.setObjectiveCoefficients(costs, of: columns)
        model.reserveCapacity(rows: nodeCount, nonzeros: 2 * arcCount)
        for node in 0..<nodeCount {
            try model.addConstraint(nodeNames[node], .exactly(supplies[node])) { row in
                for arc in outgoing[node] { row.add(1, columns[arc]) }
                for arc in incoming[node] { row.add(-1, columns[arc]) }
            }
        }
        return model
    }
}
