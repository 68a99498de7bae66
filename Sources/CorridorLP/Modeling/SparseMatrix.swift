// SPDX-License-Identifier: GPL-3.0-or-later

/// The constraint matrix as GLPK's `glp_load_matrix` reads it: three parallel 1-based arrays
/// (slot 0 unused) of row index, column index and value. Rows are stored one after another, so a
/// row's entries are one contiguous range and the arrays go to GLPK without conversion.
@usableFromInline
struct SparseMatrix: Sendable {
    @usableFromInline var rows: [Int32] = [0]
    @usableFromInline var columns: [Int32] = [0]
    @usableFromInline var values: [Double] = [0]
    /// Entries of row `i` (0-based) are at `rowStarts[i] ..< rowStarts[i + 1]`.
    var rowStarts: [Int] = [1]

    @usableFromInline init() {}

    var count: Int { values.count - 1 }

    func entries(ofRow row: Int) -> [(column: Int, value: Double)] {
        (rowStarts[row]..<rowStarts[row + 1]).map { (Int(columns[$0]) - 1, values[$0]) }
    }

    mutating func reserveCapacity(_ entries: Int) {
        rows.reserveCapacity(entries + 1)
        columns.reserveCapacity(entries + 1)
        values.reserveCapacity(entries + 1)
    }
}

/// Merges repeated columns within one row: `stamp[column] == epoch` says the column already has
/// an entry in the row being finished, at `position[column]`. A new row takes a new epoch, so
/// nothing is cleared between rows.
@usableFromInline
struct RowMerger: Sendable {
    var stamp: [UInt32] = []
    var position: [Int32] = []
    var epoch: UInt32 = 0

    @usableFromInline init() {}

    mutating func beginRow(columnCount: Int) {
        if stamp.count < columnCount {
            stamp.append(contentsOf: repeatElement(0, count: columnCount - stamp.count))
            position.append(contentsOf: repeatElement(0, count: columnCount - position.count))
        }
        if epoch == .max {
            for index in stamp.indices { stamp[index] = 0 }
            epoch = 0
        }
        epoch += 1
    }
}
