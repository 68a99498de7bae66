// SPDX-License-Identifier: GPL-3.0-or-later

/// Writes the terms of one new row straight into a model's matrix (see
/// ``Model/addConstraint(_:_:terms:)``). Repeated variables are merged as they come; zero
/// coefficients are dropped when the row is finished.
public struct RowWriter: ~Copyable {
    var matrix = SparseMatrix()
    var merger = RowMerger()
    let row: Int32
    let columnCount: Int
    private var start = 0
    private var sawZero = false
    private var failure: Failure?

    enum Failure {
        case unknownVariable(Int)
        case notFinite(Variable, Double)

        func error(owner: String, columnCount: Int) -> ModelError {
            switch self {
            case .unknownVariable(let index):
                .unknownVariable(owner: owner, index: index, columnCount: columnCount)
            case .notFinite(let variable, let value):
                .invalidCoefficient(owner: owner, variable: "x\(variable.index + 1)", value: value)
            }
        }
    }

    init(row: Int, columnCount: Int) {
        self.row = Int32(row + 1)
        self.columnCount = columnCount
    }

    mutating func begin() {
        start = matrix.values.count
        merger.beginRow(columnCount: columnCount)
    }

    /// Adds `coefficient × variable` to the row.
    public mutating func add(_ coefficient: Double, _ variable: Variable) {
        let column = variable.index
        guard column >= 0, column < columnCount else {
            if failure == nil { failure = .unknownVariable(column) }
            return
        }
        guard coefficient.isFinite else {
            if failure == nil { failure = .notFinite(variable, coefficient) }
            return
        }
        if merger.stamp[column] == merger.epoch {
            matrix.values[merger.position[column]] += coefficient
            sawZero = true  // a merged sum may cancel to zero
        } else {
            merger.stamp[column] = merger.epoch
            merger.position[column] = matrix.values.count
            matrix.rows.append(row)
            matrix.columns.append(Int32(column + 1))
            matrix.values.append(coefficient)
            if coefficient == 0 { sawZero = true }
        }
    }

    /// Closes the row: drops zero entries, or on failure removes the row's entries again.
    mutating func finish() -> Failure? {
        if let failure {
            truncate(to: start)
            return failure
        }
        if sawZero {
            var kept = start
            for entry in start..<matrix.values.count where matrix.values[entry] != 0 {
                matrix.rows[kept] = matrix.rows[entry]
                matrix.columns[kept] = matrix.columns[entry]
                matrix.values[kept] = matrix.values[entry]
                kept += 1
            }
            truncate(to: kept)
        }
        matrix.rowStarts.append(matrix.values.count)
        return nil
    }

    private mutating func truncate(to end: Int) {
        let extra = matrix.values.count - end
        matrix.rows.removeLast(extra)
        matrix.columns.removeLast(extra)
        matrix.values.removeLast(extra)
    }
}
