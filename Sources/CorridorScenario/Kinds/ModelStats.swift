// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

/// The size of the model a scenario was solved with: the result JSON's `model`.
public struct ModelStats: Sendable, Hashable {
    public var rows: Int
    public var columns: Int
    public var nonzeros: Int
    public var integerColumns: Int

    public init(rows: Int, columns: Int, nonzeros: Int, integerColumns: Int) {
        self.rows = rows
        self.columns = columns
        self.nonzeros = nonzeros
        self.integerColumns = integerColumns
    }

    public init(_ model: Model) {
        self.init(
            rows: model.rowCount, columns: model.columnCount, nonzeros: model.nonzeroCount,
            integerColumns: model.integerColumnCount)
    }

    var json: JSONValue {
        .object([
            ("rows", .integer(rows)), ("columns", .integer(columns)),
            ("nonzeros", .integer(nonzeros)), ("integer_columns", .integer(integerColumns)),
        ])
    }
}
