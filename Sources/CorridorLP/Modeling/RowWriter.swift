// SPDX-License-Identifier: GPL-3.0-or-later

/// Writes the terms of one new row straight into a model's matrix (see
/// ``Model/addConstraint(_:_:terms:)``).
///
/// `add` is the hot loop of building a large model, so it only checks its input and appends the
/// column and the value (it is inlined into the caller); merging repeated variables, dropping
/// zeros and filling in the row index happen once per row, in `finish`.
public struct RowWriter: ~Copyable {
    @usableFromInline var matrix = SparseMatrix()
    @usableFromInline var merger = RowMerger()
    @usableFromInline let columnCount: Int
    @usableFromInline var failure: Failure?
    let row: Int32
    private var start = 0

    @usableFromInline
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
    @inlinable @inline(__always)
    public mutating func add(_ coefficient: Double, _ variable: Variable) {
        let column = variable.index
        guard _fastPath(column >= 0 && column < columnCount && coefficient.isFinite) else {
            reject(coefficient, variable)
            return
        }
        matrix.columns.append(Int32(column + 1))
        matrix.values.append(coefficient)
    }

    /// Records the first bad term; the row is dropped when it is finished.
    @usableFromInline @inline(never)
    mutating func reject(_ coefficient: Double, _ variable: Variable) {
        guard failure == nil else { return }
        failure =
            variable.index >= 0 && variable.index < columnCount
            ? .notFinite(variable, coefficient) : .unknownVariable(variable.index)
    }

    /// Closes the row: merges repeated columns, drops zeros and writes the row index, or on
    /// failure removes the row's entries again.
    mutating func finish() -> Failure? {
        if let failure {
            truncate(to: start)
            return failure
        }
        let end = matrix.values.count
        var kept = start
        matrix.columns.withUnsafeMutableBufferPointer { columns in
            matrix.values.withUnsafeMutableBufferPointer { values in
                merger.stamp.withUnsafeMutableBufferPointer { stamp in
                    merger.position.withUnsafeMutableBufferPointer { position in
                        let epoch = merger.epoch
                        for entry in start..<end {
                            let column = Int(columns[entry]) - 1
                            if stamp[column] == epoch {
                                values[Int(position[column])] += values[entry]
                            } else {
                                stamp[column] = epoch
                                position[column] = Int32(kept)
                                columns[kept] = columns[entry]
                                values[kept] = values[entry]
                                kept += 1
                            }
                        }
                        // A zero given, or repeats that cancel, is no entry for GLPK.
                        var nonzero = start
                        for entry in start..<kept where values[entry] != 0 {
                            columns[nonzero] = columns[entry]
                            values[nonzero] = values[entry]
                            nonzero += 1
                        }
                        kept = nonzero
                    }
                }
            }
        }
        truncate(to: kept)
        matrix.rows.append(contentsOf: repeatElement(row, count: kept - start))
        matrix.rowStarts.append(kept)
        return nil
    }

    private mutating func truncate(to end: Int) {
        let extra = matrix.values.count - end
        matrix.columns.removeLast(extra)
        matrix.values.removeLast(extra)
    }
}
