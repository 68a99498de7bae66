// SPDX-License-Identifier: GPL-3.0-or-later

extension GLPKProblem {
    /// Loads `model`: names, bounds, kinds, objective and the matrix in one `glp_load_matrix`.
    ///
    /// Integer columns get their bounds rounded inward here, once for every path: GLPK's
    /// branch-and-cut refuses fractional bounds (`GLP_EBOUND`), while `x ≤ 2.5` for an integer `x`
    /// simply means `x ≤ 2`.
    ///
    /// - Returns: the first integer column whose rounded bounds leave no integer value, if any.
    @discardableResult
    func load(_ model: Model) throws(SolverError) -> Int? {
        setName(model.name)
        setSense(model.sense)
        addRows(model.rowCount)
        addColumns(model.columnCount)
        for (index, name) in model.rowNames.enumerated() where !name.isEmpty {
            setRowName(Int32(index + 1), name)
        }
        for (index, bounds) in model.rowBounds.enumerated() {
            setRowBounds(Int32(index + 1), bounds)
        }
        for (index, name) in model.storedColumnNames.enumerated() where !name.isEmpty {
            setColumnName(Int32(index + 1), name)
        }
        var emptyIntegerColumn: Int?
        for index in 0..<model.columnCount {
            let column = Int32(index + 1)
            var bounds = model.columnBounds[index]
            if model.columnKinds[index] != .continuous {
                setColumnKind(column, integer: true)
                bounds = bounds.roundedInward
                if bounds.lower > bounds.upper {
                    emptyIntegerColumn = emptyIntegerColumn ?? index
                    bounds = .exactly(bounds.upper)
                }
            }
            setColumnBounds(column, bounds)
            let coefficient = model.objectiveCoefficients[index]
            if coefficient != 0 { setObjectiveCoefficient(column, coefficient) }
        }
        setObjectiveCoefficient(0, model.objectiveConstant)
        try loadMatrix(model.matrix)
        return emptyIntegerColumn
    }
}

extension Bounds {
    /// The tightest integer bounds inside these (a tolerance of 1e-9 keeps `2.0000000001` at 2).
    var roundedInward: Bounds {
        Bounds(
            lower: lower.isFinite ? (lower - 1e-9).rounded(.up) : lower,
            upper: upper.isFinite ? (upper + 1e-9).rounded(.down) : upper)
    }
}

extension Model {
    /// The model held in a GLPK problem object (after reading a file or translating MathProg).
    init(_ problem: borrowing GLPKProblem) {
        self.init(name: problem.name)
        sense = problem.sense
        let rows = problem.rowCount
        let columns = problem.columnCount
        for column in stride(from: Int32(1), through: Int32(columns), by: 1) {
            columnBounds.append(problem.columnBounds(column))
            setColumnName(problem.columnName(column), at: Int(column) - 1)
            columnKinds.append(problem.columnKind(column))
            objectiveCoefficients.append(problem.objectiveCoefficient(column))
        }
        objectiveConstant = problem.objectiveCoefficient(0)
        matrix.reserveCapacity(problem.nonzeroCount)
        var indices = [Int32](repeating: 0, count: columns + 1)
        var values = [Double](repeating: 0, count: columns + 1)
        for row in stride(from: Int32(1), through: Int32(rows), by: 1) {
            rowNames.append(problem.rowName(row))
            rowBounds.append(problem.rowBounds(row))
            let count = problem.rowEntries(row, columns: &indices, values: &values)
            for entry in stride(from: 1, through: count, by: 1) {
                matrix.rows.append(row)
                matrix.columns.append(indices[entry])
                matrix.values.append(values[entry])
            }
            matrix.rowStarts.append(matrix.values.count)
        }
    }
}
