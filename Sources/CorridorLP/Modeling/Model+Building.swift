// SPDX-License-Identifier: GPL-3.0-or-later

extension Model {
    // MARK: Variables

    /// Adds a variable. Bounds default to `0...+∞` (`0...1` for a binary variable).
    ///
    /// - Throws: ``ModelError/invalidName(_:reason:)`` or ``ModelError/invalidBounds(owner:_:reason:)``.
    @discardableResult
    public mutating func addVariable(
        _ name: String = "", lower: Double = 0, upper: Double = .infinity,
        kind: VariableKind = .continuous, objective: Double = 0
    ) throws(ModelError) -> Variable {
        try Self.check(name: name)
        var bounds = Bounds(lower: lower, upper: upper)
        if kind == .binary { bounds = Bounds(lower: max(lower, 0), upper: min(upper, 1)) }
        let owner = "variable \(name.isEmpty ? "x\(columnCount + 1)" : name)"
        if let problem = bounds.problem { throw .invalidBounds(owner: owner, bounds, reason: problem) }
        guard objective.isFinite else {
            throw .invalidCoefficient(owner: "objective", variable: owner, value: objective)
        }
        columnBounds.append(bounds)
        columnKinds.append(kind)
        objectiveCoefficients.append(objective)
        setColumnName(name, at: columnCount - 1)
        return Variable(index: columnCount - 1)
    }

    /// Adds `count` variables with the same bounds and kind, named `prefix[1]`, `prefix[2]`, …
    /// (unnamed when `prefix` is empty). The fast way to make the columns of a large model.
    public mutating func addVariables(
        count: Int, prefix: String = "", lower: Double = 0, upper: Double = .infinity,
        kind: VariableKind = .continuous
    ) throws(ModelError) -> [Variable] {
        guard count > 0 else { return [] }
        let first = columnCount
        try addVariable(prefix.isEmpty ? "" : "\(prefix)[1]", lower: lower, upper: upper, kind: kind)
        let bounds = columnBounds[first]
        columnBounds.append(contentsOf: repeatElement(bounds, count: count - 1))
        columnKinds.append(contentsOf: repeatElement(kind, count: count - 1))
        objectiveCoefficients.append(contentsOf: repeatElement(0, count: count - 1))
        if !prefix.isEmpty {
            for number in 2...count {
                let name = "\(prefix)[\(number)]"
                try Self.check(name: name)
                setColumnName(name, at: first + number - 1)
            }
        }
        return (first..<columnCount).map(Variable.init(index:))
    }

    /// Changes a variable's bounds.
    public mutating func setBounds(of variable: Variable, _ bounds: Bounds) throws(ModelError) {
        try checkVariable(variable, owner: "setBounds")
        if let problem = bounds.problem {
            throw .invalidBounds(owner: "variable \(name(of: variable))", bounds, reason: problem)
        }
        columnBounds[variable.index] = bounds
    }

    // MARK: Constraints

    /// Adds `constraint` as a row; repeated variables are merged and the expression's constant is
    /// moved to the bounds.
    @discardableResult
    public mutating func addConstraint(
        _ constraint: LinearConstraint, name: String = ""
    ) throws(ModelError) -> Constraint {
        let expression = constraint.expression
        guard expression.constant.isFinite else {
            throw .invalidCoefficient(
                owner: owner(ofRow: rowCount, name: name), variable: "the constant",
                value: expression.constant)
        }
        return try addConstraint(name, constraint.bounds.shifted(by: -expression.constant)) { row in
            for (variable, coefficient) in expression.terms { row.add(coefficient, variable) }
        }
    }

    /// Adds `lower ≤ expression ≤ upper` as one ranged row.
    @discardableResult
    public mutating func addConstraint(
        _ expression: LinearExpression, in range: ClosedRange<Double>, name: String = ""
    ) throws(ModelError) -> Constraint {
        try addConstraint(
            LinearConstraint(expression, in: .between(range.lowerBound, range.upperBound)),
            name: name)
    }

    /// The fast path for large models: adds a row whose terms `build` writes straight into the
    /// model's matrix, with no temporary expression.
    ///
    ///     try model.addConstraint("supply[\(i)]", .atMost(supply[i])) { row in
    ///         for j in markets { row.add(1, ship[i][j]) }
    ///     }
    @discardableResult
    public mutating func addConstraint(
        _ name: String = "", _ bounds: Bounds, terms build: (inout RowWriter) -> Void
    ) throws(ModelError) -> Constraint {
        try Self.check(name: name)
        if let problem = bounds.problem {
            throw .invalidBounds(owner: owner(ofRow: rowCount, name: name), bounds, reason: problem)
        }
        var writer = RowWriter(row: rowCount, columnCount: columnCount)
        swap(&writer.matrix, &matrix)
        swap(&writer.merger, &rowMerger)
        writer.begin()
        build(&writer)
        let failure = writer.finish()
        swap(&writer.matrix, &matrix)
        swap(&writer.merger, &rowMerger)
        if let failure {
            throw failure.error(owner: owner(ofRow: rowCount, name: name), columnCount: columnCount)
        }
        rowNames.append(name)
        rowBounds.append(bounds)
        return Constraint(index: rowCount - 1)
    }

    /// Changes a constraint's bounds (its right-hand side).
    public mutating func setBounds(of constraint: Constraint, _ bounds: Bounds) throws(ModelError) {
        guard constraint.index >= 0, constraint.index < rowCount else {
            throw .unknownConstraint(index: constraint.index, rowCount: rowCount)
        }
        if let problem = bounds.problem {
            throw .invalidBounds(
                owner: owner(ofRow: constraint.index, name: rowNames[constraint.index]), bounds,
                reason: problem)
        }
        rowBounds[constraint.index] = bounds
    }

    // MARK: Objective

    /// Sets the objective to minimise `expression` (repeated variables add up).
    public mutating func minimize(_ expression: LinearExpression) throws(ModelError) {
        try setObjective(expression, sense: .minimize)
    }

    /// Sets the objective to maximise `expression`.
    public mutating func maximize(_ expression: LinearExpression) throws(ModelError) {
        try setObjective(expression, sense: .maximize)
    }

    /// Sets the objective; the fast path is ``setObjectiveCoefficient(_:_:)`` per variable.
    public mutating func setObjective(
        _ expression: LinearExpression, sense: ObjectiveSense
    ) throws(ModelError) {
        var coefficients = [Double](repeating: 0, count: columnCount)
        for (variable, coefficient) in expression.terms {
            try checkVariable(variable, owner: "objective")
            guard coefficient.isFinite else {
                throw .invalidCoefficient(
                    owner: "objective", variable: name(of: variable), value: coefficient)
            }
            coefficients[variable.index] += coefficient
        }
        guard expression.constant.isFinite else {
            throw .invalidCoefficient(
                owner: "objective", variable: "the constant", value: expression.constant)
        }
        objectiveCoefficients = coefficients
        objectiveConstant = expression.constant
        self.sense = sense
    }

    /// Sets the objective direction without touching its coefficients.
    public mutating func setObjectiveSense(_ sense: ObjectiveSense) { self.sense = sense }

    /// Sets one objective coefficient (replacing, not adding).
    public mutating func setObjectiveCoefficient(
        _ variable: Variable, _ coefficient: Double
    ) throws(ModelError) {
        try checkVariable(variable, owner: "objective")
        guard coefficient.isFinite else {
            throw .invalidCoefficient(
                owner: "objective", variable: name(of: variable), value: coefficient)
        }
        objectiveCoefficients[variable.index] = coefficient
    }

    /// Sets the objective coefficients of `variables`, in order: the fast way to set the
    /// objective of a large model.
    public mutating func setObjectiveCoefficients(
        _ coefficients: [Double], of variables: [Variable]
    ) throws(ModelError) {
        guard coefficients.count == variables.count else {
            throw .wrongLength(
                what: "objective coefficients", count: coefficients.count,
                expected: variables.count)
        }
        for (variable, coefficient) in zip(variables, coefficients) {
            try checkVariable(variable, owner: "objective")
            guard coefficient.isFinite else {
                throw .invalidCoefficient(
                    owner: "objective", variable: name(of: variable), value: coefficient)
            }
        }
        objectiveCoefficients.withUnsafeMutableBufferPointer { objective in
            for (variable, coefficient) in zip(variables, coefficients) {
                objective[variable.index] = coefficient
            }
        }
    }

    /// Sets the objective's constant term.
    public mutating func setObjectiveConstant(_ constant: Double) throws(ModelError) {
        guard constant.isFinite else {
            throw .invalidCoefficient(owner: "objective", variable: "the constant", value: constant)
        }
        objectiveConstant = constant
    }

    /// Reserves room for `rows` more rows and `nonzeros` more matrix entries.
    public mutating func reserveCapacity(rows: Int = 0, nonzeros: Int) {
        rowNames.reserveCapacity(rowCount + rows)
        rowBounds.reserveCapacity(rowCount + rows)
        matrix.reserveCapacity(nonzeroCount + nonzeros)
        matrix.rowStarts.reserveCapacity(rowCount + rows + 1)
    }

    // MARK: Checks

    static func check(name: String) throws(ModelError) {
        if name.utf8.count > 255 {
            throw .invalidName(name, reason: "is \(name.utf8.count) bytes long, GLPK stores at most 255")
        }
        if name.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            throw .invalidName(name, reason: "contains a control character")
        }
    }

    func checkVariable(_ variable: Variable, owner: String) throws(ModelError) {
        guard variable.index >= 0, variable.index < columnCount else {
            throw .unknownVariable(owner: owner, index: variable.index, columnCount: columnCount)
        }
    }

    func owner(ofRow row: Int, name: String) -> String {
        "constraint \(name.isEmpty ? "r\(row + 1)" : name)"
    }
}
