// SPDX-License-Identifier: GPL-3.0-or-later

extension Model {
    /// The first way in which `values` (one per column) is not a feasible point of this model, or
    /// `nil` when it is one: a bound, integrality or a row broken by more than `tolerance`
    /// (absolute, scaled by the size of the bound).
    public func violation(of values: [Double], tolerance: Double = 1e-6) -> String? {
        guard values.count == columnCount else {
            return "\(values.count) values for \(columnCount) columns"
        }
        for (index, value) in values.enumerated() {
            let variable = name(of: Variable(index: index))
            guard value.isFinite else { return "\(variable) = \(value) is not a finite number" }
            if let broken = Self.outside(columnBounds[index], value, tolerance) {
                return "\(variable) = \(value) \(broken)"
            }
            if columnKinds[index] != .continuous, abs(value - value.rounded()) > tolerance {
                return "\(variable) = \(value) is not a whole number"
            }
        }
        for row in 0..<rowCount {
            var activity = 0.0
            for entry in matrix.rowStarts[row]..<matrix.rowStarts[row + 1] {
                activity += matrix.values[entry] * values[Int(matrix.columns[entry]) - 1]
            }
            if let broken = Self.outside(rowBounds[row], activity, tolerance) {
                return "\(name(of: Constraint(index: row))): activity \(activity) \(broken)"
            }
        }
        return nil
    }

    /// The objective's value at `values`.
    public func objectiveValue(of values: [Double]) -> Double {
        zip(objectiveCoefficients, values).reduce(objectiveConstant) { $0 + $1.0 * $1.1 }
    }

    private static func outside(_ bounds: Bounds, _ value: Double, _ tolerance: Double) -> String? {
        if value < bounds.lower - tolerance * max(1, abs(bounds.lower)) {
            return "is below its lower bound \(bounds.lower)"
        }
        if value > bounds.upper + tolerance * max(1, abs(bounds.upper)) {
            return "is above its upper bound \(bounds.upper)"
        }
        return nil
    }
}
