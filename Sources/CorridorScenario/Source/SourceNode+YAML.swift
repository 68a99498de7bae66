// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
package import Yams

extension SourceNode {
    /// The most nodes one document may expand to. YAML aliases can repeat a subtree many times
    /// over ("billion laughs"); a real scenario is far below this.
    static let nodeLimit = 2_000_000

    /// Parses YAML (or JSON, which is YAML's flow syntax) into a located tree.
    ///
    /// Parsing JSON with the YAML parser is deliberate: it keeps a line number for every value,
    /// which Foundation's JSON parser does not.
    ///
    /// - Returns: the root, or `nil` for an empty document; problems go to `diagnostics`.
    static func parseYAML(
        _ text: String, file: String, diagnostics: inout [ScenarioDiagnostic]
    ) -> SourceNode? {
        if let aliasKey = aliasUsedAsKey(in: text, file: file) {
            diagnostics.append(aliasKey)
            return nil
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            diagnostics.append(yamlDiagnostic(error, file: file))
            return nil
        }
        guard let root else { return nil }
        var converter = YAMLConverter(file: file)
        let node = converter.convert(root)
        diagnostics += converter.diagnostics
        return converter.exceededLimit ? nil : node
    }

    /// An alias (`*name`) of a defined anchor used as a mapping key, as a located diagnostic.
    ///
    /// Yams hashes every mapping key while composing, and hashing an alias of a deeply aliased
    /// structure visits every copy it stands for: ten lines can make that 10⁹ nodes, long before
    /// ``nodeLimit`` is checked. No scenario needs a structure as a key, so such a file is
    /// refused before it is composed.
    static func aliasUsedAsKey(in text: String, file: String) -> ScenarioDiagnostic? {
        guard text.contains("&"), text.contains("*") else { return nil }
        let anchors = Set(
            text.matches(of: #/&([^\s,\[\]{}]+)/#).map { String($0.output.1) })
        guard !anchors.isEmpty else { return nil }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            for match in line.matches(of: #/(?:^|[\s{,?])\*([^\s,\[\]{}:]+)\s*:(?:\s|$)|\?\s*\*([^\s,\[\]{}]+)/#) {
                guard let name = match.output.1 ?? match.output.2, anchors.contains(String(name))
                else { continue }
                return ScenarioDiagnostic(
                    at: SourceLocation(file: file, line: number + 1), path: "",
                    problem: "the alias *\(name) is used as a mapping key",
                    hint: "use aliases for values only, and write keys out")
            }
        }
        return nil
    }

    /// A parse error as a located diagnostic.
    static func yamlDiagnostic(_ error: any Error, file: String) -> ScenarioDiagnostic {
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
            return ScenarioDiagnostic(
                at: SourceLocation(file: file, line: context.mark.line), path: "",
                problem: "a key is given twice in one mapping: \(duplicates.joined(separator: ", "))",
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
        if count > SourceNode.nodeLimit {
            if !exceededLimit {
                exceededLimit = true
                diagnostics.append(
                    ScenarioDiagnostic(
                        at: location, path: "",
                        problem: "the document expands to more than \(SourceNode.nodeLimit) values",
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
