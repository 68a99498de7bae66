// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
package import Yams

extension SourceNode {
    /// Parses YAML (or JSON, which is YAML's flow syntax) into a located tree, within the bounds
    /// of ``YAMLBounds`` (aliases expand to at most ``YAMLBounds/nodeLimit`` nodes, none inside
    /// a mapping key).
    ///
    /// Parsing JSON with the YAML parser is deliberate: it keeps a line number for every value,
    /// which Foundation's JSON parser does not.
    ///
    /// - Returns: the root, or `nil` for an empty document; problems go to `diagnostics`.
    static func parseYAML(
        _ text: String, file: String, diagnostics: inout [ScenarioDiagnostic]
    ) -> SourceNode? {
        let root: Node?
        switch YAMLBounds.compose(text, file: file) {
        case .success(let node): root = node
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        }
        guard let root else { return nil }
        var converter = YAMLConverter(file: file)
        let node = converter.convert(root)
        diagnostics += converter.diagnostics
        return converter.exceededLimit ? nil : node
    }

    /// A parse error as a located diagnostic.
    /// `text` (the parsed text) locates what Yams' error does not: the repeat of a duplicate key.
    static func yamlDiagnostic(_ error: any Error, file: String, text: String? = nil) -> ScenarioDiagnostic {
        let hint = "fix the syntax (indentation, quotes, brackets, `key: value`)"
        guard let yamlError = error as? YamlError else {
            return ScenarioDiagnostic(
                at: SourceLocation(file: file, line: 1), path: "",
                problem: "cannot read the file: \(error)", hint: hint)
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let where_ = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return ScenarioDiagnostic(
                at: SourceLocation(file: file, line: mark.line), path: "",
                problem: "not valid YAML/JSON: \(problem)\(where_)", hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams' mark is the first occurrence (of the first key in sorted order): point at
            // the repeat, which is the line to change, and say where the first one is.
            let key = duplicates.sorted().first ?? ""
            let first = context.mark.line
            let repeated = text.flatMap {
                DuplicateKey.repeatLine(of: key, firstAt: first, column: context.mark.column, in: $0)
            }
            let others = duplicates.sorted().dropFirst()
            let more = others.isEmpty ? "" : " (and also \(others.map { "`\($0)`" }.joined(separator: ", ")))"
            return ScenarioDiagnostic(
                at: SourceLocation(file: file, line: repeated ?? first), path: "",
                problem: "a key is given twice in one mapping: `\(key)`, first at line \(first)\(more)",
                hint: "keep one of them")
        case .reader(let problem, _, _, _):
            return ScenarioDiagnostic(
                at: SourceLocation(file: file, line: 1), path: "",
                problem: "cannot read the text: \(problem)", hint: "save the file as UTF-8 text")
        default:
            return ScenarioDiagnostic(
                at: SourceLocation(file: file, line: 1), path: "",
                problem: "cannot read the file: \(yamlError)", hint: hint)
        }
    }
}

/// Turns Yams' nodes (not `Sendable`, typed lazily) into ``SourceNode``s, typing each plain
/// scalar with YAML's core schema.
private struct YAMLConverter {
    let file: String
    var diagnostics: [ScenarioDiagnostic] = []
    var count = 0
    var exceededLimit = false

    init(file: String) { self.file = file }

    mutating func convert(_ node: Node) -> SourceNode {
        count += 1
        let location = SourceLocation(file: file, line: node.mark?.line ?? 1)
        // Checked before composing already (``YAMLBounds``); kept so that no tree, however it
        // was made, converts past the limit.
        if count > YAMLBounds.nodeLimit {
            if !exceededLimit {
                exceededLimit = true
                diagnostics.append(
                    ScenarioDiagnostic(
                        at: location, path: "",
                        problem: "the document expands to more than \(YAMLBounds.nodeLimit) values",
                        hint: "do not repeat large parts through YAML aliases"))
            }
            return SourceNode(.scalar(Scalar(text: "", kind: .null)), at: location)
        }
        switch node {
        case .scalar(let scalar):
            return SourceNode(.scalar(Scalar.yaml(scalar)), at: location)
        case .sequence(let sequence):
            return SourceNode(.sequence(sequence.map { convert($0) }), at: location)
        case .mapping(let mapping):
            var entries: [SourceNode.Entry] = []
            for (key, value) in mapping {
                let keyLocation = SourceLocation(file: file, line: key.mark?.line ?? location.line)
                guard case .scalar(let keyScalar) = key else {
                    diagnostics.append(
                        ScenarioDiagnostic(
                            at: keyLocation, path: "",
                            problem: "a mapping key must be a plain name, not a list or mapping",
                            hint: "write `name: value`"))
                    continue
                }
                entries.append(
                    SourceNode.Entry(key: keyScalar.string, keyLocation: keyLocation, value: convert(value)))
            }
            return SourceNode(.mapping(entries), at: location)
        case .alias:
            // `compose` resolves aliases; one left over means a broken anchor.
            return SourceNode(.scalar(Scalar(text: "", kind: .null)), at: location)
        }
    }
}

extension Scalar {
    /// A YAML scalar typed by the core schema, as the loader reads it: quoted and block scalars
    /// are text; a plain one is typed by the resolver's tag. One function, also used by
    /// ``ScenarioHeader``, so that a batch reads a time limit exactly as the loader does
    /// (`0x2`, `1_0`, `0o17`).
    package static func yaml(_ scalar: Node.Scalar) -> Scalar {
        let text = scalar.string
        guard scalar.style == .plain || scalar.style == .any else {
            return Scalar(text: text, kind: .text)
        }
        let node = Node.scalar(scalar)
        switch Resolver.default.resolveTag(of: node) {
        case .null:
            return Scalar(text: text, kind: .null)
        case .bool:
            if let value = node.bool { return Scalar(text: text, kind: .bool(value)) }
        case .int:
            if let value = node.int { return Scalar(text: text, kind: .number(Double(value))) }
            // Too large for Int: still a number, so range checks can say so.
            if let value = Double(text.replacingOccurrences(of: "_", with: "")) {
                return Scalar(text: text, kind: .number(value))
            }
        case .float:
            if let value = node.float { return Scalar(text: text, kind: .number(value)) }
        default:
            break
        }
        return Scalar(text: text, kind: .text)
    }
}
