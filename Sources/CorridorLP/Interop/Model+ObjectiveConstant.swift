// SPDX-License-Identifier: GPL-3.0-or-later

extension Model {
    /// This model as it goes into an LP or MPS file (see ``ModelFileConventions``): a nonzero
    /// objective constant moved into a column named `column`, fixed at 1 and in no row; for MPS
    /// also without free rows, which GLPK's MPS writer would take for the objective.
    func preparedForFile(_ format: ModelFileFormat, path: String) throws(SolverError) -> Model {
        guard format != .glpk else { return self }
        var prepared = format == .cplexLP ? self : removingFreeRows()
        guard objectiveConstant != 0 else { return prepared }
        let column = ModelFileConventions.objectiveConstantColumn(in: format)
        if variable(named: column) != nil {
            throw .unwritableFile(
                path: path,
                reason: "the model has a column named \(column), the name that carries the"
                    + " objective constant in \(format.rawValue) files — rename that column")
        }
        do {
            try prepared.addVariable(column, lower: 1, upper: 1, objective: objectiveConstant)
        } catch {
            throw .invalidModel(error)
        }
        prepared.objectiveConstant = 0
        return prepared
    }

    /// Folds the column that carries an objective constant (named as ``ModelFileConventions``
    /// says for `format`, fixed at 1, continuous, in no row) back into the constant.
    mutating func foldObjectiveConstantColumn(_ format: ModelFileFormat) {
        guard format != .glpk,
            let column = variable(named: ModelFileConventions.objectiveConstantColumn(in: format)),
            columnBounds[column.index] == .exactly(1),
            columnKinds[column.index] == .continuous
        else { return }
        let stored = Int32(column.index + 1)
        guard !matrix.columns.dropFirst().contains(stored) else { return }
        objectiveConstant += objectiveCoefficients[column.index]
        columnBounds.remove(at: column.index)
        columnKinds.remove(at: column.index)
        objectiveCoefficients.remove(at: column.index)
        storedColumnNames.remove(at: column.index)
        for entry in matrix.columns.indices.dropFirst() where matrix.columns[entry] > stored {
            matrix.columns[entry] -= 1
        }
    }

    /// The model without free rows (rows with no bound at all constrain nothing).
    func removingFreeRows() -> Model {
        guard rowBounds.contains(.free) else { return self }
        var kept = self
        kept.rowNames = []
        kept.rowBounds = []
        kept.matrix = SparseMatrix()
        kept.matrix.reserveCapacity(matrix.count)
        for row in 0..<rowCount where rowBounds[row] != .free {
            kept.rowNames.append(rowNames[row])
            kept.rowBounds.append(rowBounds[row])
            let newRow = Int32(kept.rowBounds.count)
            for entry in matrix.rowStarts[row]..<matrix.rowStarts[row + 1] {
                kept.matrix.rows.append(newRow)
                kept.matrix.columns.append(matrix.columns[entry])
                kept.matrix.values.append(matrix.values[entry])
            }
            kept.matrix.rowStarts.append(kept.matrix.values.count)
        }
        return kept
    }
}
