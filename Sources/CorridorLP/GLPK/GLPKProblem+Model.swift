// SPDX-License-Identifier: GPL-3.0-or-later

extension GLPKProblem {
    /// Loads `model`: names, bounds, kinds, objective and the matrix in one `glp_load_matrix`.
    func load(_ model: Model) throws(SolverError) {
        // The model's and the objective's names are plain properties, so they are checked here,
        // where they reach GLPK (`glp_set_prob_name` aborts on a name it cannot store).
        do {
            try Model.check(name: model.name)
            try Model.check(name: model.objectiveName)
        } catch {
            throw .invalidModel(error)
        }
        // GLPK counts rows, columns and nonzeros in `int`.
        let limit = Int(Int32.max) - 1
        guard model.rowCount <= limit, model.columnCount <= limit, model.nonzeroCount <= limit else {
            throw .solverFailure(
                "the model has \(model.rowCount) rows, \(model.columnCount) columns and"
                    + " \(model.nonzeroCount) nonzeros; GLPK takes at most \(limit) of each"
                    + " — split the model")
        }
        setName(model.name)
        setObjectiveName(model.objectiveName)
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
        for index in 0..<model.columnCount {
            let column = Int32(index + 1)
            if model.columnKinds[index] != .continuous { setColumnKind(column, integer: true) }
            setColumnBounds(column, model.columnBounds[index])
            let coefficient = model.objectiveCoefficients[index]
            if coefficient != 0 { setObjectiveCoefficient(column, coefficient) }
        }
        setObjectiveCoefficient(0, model.objectiveConstant)
        try loadMatrix(model.matrix)
    }

    /// Rounds the bounds of integer columns inward, once for every path (a built model, a file,
    /// MathProg): GLPK's branch-and-cut refuses fractional bounds (`GLP_EBOUND`), while `x ≤ 2.5`
    /// for an integer `x` simply means `x ≤ 2`.
    ///
    /// - Returns: the first integer column (1-based) whose rounded bounds hold no whole number;
    ///   its bounds are left valid for GLPK, and the model is integer infeasible.
    func roundIntegerBoundsInward() -> Int32? {
        var empty: Int32?
        for column in stride(from: Int32(1), through: Int32(columnCount), by: 1)
        where columnKind(column) != .continuous {
            let bounds = columnBounds(column)
            var rounded = bounds.roundedInward
            if rounded.lower > rounded.upper {
                empty = empty ?? column
                rounded = .exactly(rounded.upper)
            }
            if rounded != bounds { setColumnBounds(column, rounded) }
        }
        return empty
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
        objectiveName = problem.objectiveName
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
            // `glp_get_mat_row` walks GLPK's row list, newest entry first, and loading puts each
            // entry at the head of its list: read backwards, a reloaded problem has the very
            // same lists. Branch-and-cut follows that order, and a mere permutation made one
            // MIP here take 3.4 s instead of 0.23 s.
            for entry in stride(from: count, through: 1, by: -1) {
                matrix.rows.append(row)
                matrix.columns.append(indices[entry])
                matrix.values.append(values[entry])
            }
            matrix.rowStarts.append(matrix.values.count)
        }
    }
}
