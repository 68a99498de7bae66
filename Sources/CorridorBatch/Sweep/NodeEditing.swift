// SPDX-License-Identifier: GPL-3.0-or-later

import Yams
import CorridorScenario

/// Setting one value in a scenario's YAML tree, with messages that say what is there instead
/// when the path does not exist: a sweep over a misspelt field would otherwise solve the same
/// scenario many times over.
enum NodeEditing {
    /// `root` with the value at `path` replaced by `value`.
    ///
    /// Only existing values are replaced, never added: add the field to the base scenario first.
    static func setting(_ value: Node, at path: SweepPath, in root: Node) throws(BatchError) -> Node {
        try set(value, at: path, depth: 0, in: root)
    }

    private static func set(
        _ value: Node, at path: SweepPath, depth: Int, in node: Node
    ) throws(BatchError) -> Node {
        guard depth < path.components.count else { return value }
        let here = depth == 0 ? "the scenario" : path.prefix(depth)
        let next = path.prefix(depth + 1)
        switch path.components[depth] {
        case .field(let name):
            guard case .mapping(var mapping) = node else {
                throw BatchError("--set \(path): \(here) is \(describe(node)), not a mapping with fields")
            }
            guard let child = mapping[name] else {
                let fields = mapping.keys.compactMap(\.string)
                throw BatchError(
                    "--set \(path): no field \(next) in the base scenario — \(here) has "
                        + (fields.isEmpty ? "no fields" : fields.joined(separator: ", "))
                        + " (a sweep changes values; add the field to the base scenario first)")
            }
            mapping[name] = try set(value, at: path, depth: depth + 1, in: child)
            return .mapping(mapping)
        case .element(let selector):
            if case .mapping(let mapping) = node, let file = mapping["csv"]?.string {
                throw BatchError(
                    "--set \(path): \(here) is a CSV table (\(file)) — a sweep changes values in "
                        + "the scenario file only; write the table inline in the base scenario")
            }
            guard case .sequence(var sequence) = node else {
                throw BatchError("--set \(path): \(here) is \(describe(node)), not a list")
            }
            guard let index = index(of: selector, in: sequence) else {
                let ids = sequence.compactMap { $0.mapping?["id"]?.string }
                let known =
                    ids.isEmpty
                    ? "its elements have no ids; give a position 0…\(sequence.count - 1)"
                    : "the ids are " + ids.joined(separator: ", ")
                throw BatchError(
                    "--set \(path): \(here) has no element \"\(selector)\" — \(known)")
            }
            sequence[index] = try set(value, at: path, depth: depth + 1, in: sequence[index])
            return .sequence(sequence)
        }
    }

    /// The position of the element whose `id` is `selector`, else of the element at position
    /// `selector`: ids win, so an id that looks like a number still means that element.
    private static func index(of selector: String, in sequence: Node.Sequence) -> Int? {
        if let index = sequence.firstIndex(where: { $0.mapping?["id"]?.string == selector }) {
            return index
        }
        guard let position = Int(selector), sequence.indices.contains(position) else { return nil }
        return position
    }

    private static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): "a value (\(scalar.string))"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }
}
