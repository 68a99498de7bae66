// SPDX-License-Identifier: GPL-3.0-or-later

/// Whether the objective is minimised or maximised.
public enum ObjectiveSense: String, Sendable, Codable {
    case minimize
    case maximize
}

/// A linear or mixed-integer program: variables (columns), constraints (rows) and an objective.
///
/// A model is a plain Swift value held in compact arrays; no GLPK object exists until it is solved
/// or written, so a model can be built on any thread, copied, and solved many times.
///
///     var model = Model(name: "toy")
///     let x = try model.addVariable("x", upper: 4)
///     let y = try model.addVariable("y", kind: .integer)
///     try model.addConstraint(x + 2 * y <= 10, name: "capacity")
///     try model.maximize(3 * x + 2 * y)
///     let solution = try GLPKSolver().solve(model)
public struct Model: Sendable {
    public var name: String
    /// The objective's name (`glp_set_obj_name`): MathProg's `minimize cost: …` names it `cost`,
    /// and LP and MPS files carry it as the objective row's name.
    public var objectiveName: String = ""
    public internal(set) var sense: ObjectiveSense = .minimize

    // Columns, by index.
    /// Column names by index, stored only up to the last named column: most large models name
    /// no column, and half a million empty strings cost more to make and free than the rest of
    /// the column data.
    var storedColumnNames: [String] = []
    public internal(set) var columnBounds: [Bounds] = []
    public internal(set) var columnKinds: [VariableKind] = []
    public internal(set) var objectiveCoefficients: [Double] = []
    public internal(set) var objectiveConstant: Double = 0

    // Rows, by index.
    public internal(set) var rowNames: [String] = []
    public internal(set) var rowBounds: [Bounds] = []

    /// The constraint matrix, in the 1-based layout `glp_load_matrix` reads, without copies.
    var matrix = SparseMatrix()
    /// Scratch space that merges repeated variables of one row in O(1) per term.
    var rowMerger = RowMerger()

    public init(name: String = "") {
        self.name = name
    }

    public var columnCount: Int { columnBounds.count }
    /// Each column's name, `""` for an unnamed one.
    public var columnNames: [String] {
        storedColumnNames + repeatElement("", count: columnCount - storedColumnNames.count)
    }
    public var rowCount: Int { rowBounds.count }
    public var nonzeroCount: Int { matrix.count }
    public var integerColumnCount: Int { columnKinds.lazy.filter { $0 != .continuous }.count }
    public var isMixedInteger: Bool { columnKinds.contains { $0 != .continuous } }
    public var variables: [Variable] { (0..<columnCount).map(Variable.init(index:)) }
    public var constraints: [Constraint] { (0..<rowCount).map(Constraint.init(index:)) }

    /// The name of a variable, or `x<index>` (1-based, as GLPK and the LP format number columns)
    /// when it has none.
    public func name(of variable: Variable) -> String {
        let name =
            storedColumnNames.indices.contains(variable.index)
            ? storedColumnNames[variable.index] : ""
        return name.isEmpty ? "x\(variable.index + 1)" : name
    }

    /// The name of a constraint, or `r<index>` (1-based) when it has none.
    public func name(of constraint: Constraint) -> String {
        let name = rowNames.indices.contains(constraint.index) ? rowNames[constraint.index] : ""
        return name.isEmpty ? "r\(constraint.index + 1)" : name
    }

    /// The variable with this name, if any (a linear search: for reading results, not for
    /// building).
    public func variable(named name: String) -> Variable? {
        name.isEmpty ? nil : storedColumnNames.firstIndex(of: name).map(Variable.init(index:))
    }

    /// The constraint with this name, if any (a linear search).
    public func constraint(named name: String) -> Constraint? {
        rowNames.firstIndex(of: name).map(Constraint.init(index:))
    }

    /// Records the name of column `index` (a no-op for an empty name).
    mutating func setColumnName(_ name: String, at index: Int) {
        guard !name.isEmpty else {
            if index < storedColumnNames.count { storedColumnNames[index] = "" }
            return
        }
        if storedColumnNames.count <= index {
            storedColumnNames.append(
                contentsOf: repeatElement("", count: index + 1 - storedColumnNames.count))
        }
        storedColumnNames[index] = name
    }

    /// The terms of one row, in the order they were added, repeats merged (none for a
    /// constraint that is not in this model).
    public func terms(of constraint: Constraint) -> [(variable: Variable, coefficient: Double)] {
        guard constraint.index >= 0, constraint.index < rowCount else { return [] }
        return matrix.entries(ofRow: constraint.index).map {
            (Variable(index: $0.column), $0.value)
        }
    }
}
