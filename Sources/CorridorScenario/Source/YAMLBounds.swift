// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
package import Yams

/// The bounds on what a scenario's YAML may expand to, checked before Yams composes it: every
/// reader of scenario text (the loader, a batch's header reader, `sweep`) composes through
/// ``compose(_:file:)``.
///
/// Aliases repeat a subtree without repeating its text, so ten lines can stand for 10⁹ nodes
/// ("billion laughs"). Composing is cheap (Yams shares the repeated subtree), but whatever then
/// walks the tree pays for every copy: Yams itself, which hashes each mapping key to find
/// duplicates (a key holding an alias, at any depth: `[*a]: 1`, `? [*a]`, `{x: *a}: 1`), the
/// converter, a sweep's rewriting and serializing. So before composing, the text is composed once
/// with every alias replaced by a plain scalar — linear work, no alias left to expand — and that
/// tree gives the exact expanded size and every alias inside a key, each with its line.
package enum YAMLBounds {
    /// The most nodes a document may expand to; a real scenario is far below this.
    package static let nodeLimit = 2_000_000

    /// The composed document (`nil` when empty), or the first problem: a YAML error, an alias
    /// inside a mapping key, or an expansion past ``nodeLimit``.
    package static func compose(_ text: String, file: String) -> Result<Node?, ScenarioDiagnostic> {
        if let problem = problem(in: text, file: file) { return .failure(problem) }
        do {
            return .success(try Yams.compose(yaml: text))
        } catch {
            return .failure(SourceNode.yamlDiagnostic(error, file: file, text: text))
        }
    }

    /// The first bound `text` breaks, located; `nil` when it keeps them all.
    static func problem(in text: String, file: String) -> ScenarioDiagnostic? {
        // No `&`, no anchor; no `*`, no alias: nothing can expand.
        guard text.contains("&"), text.contains("*"), let stand = AliasStandIn(text) else { return nil }
        // The parser, not `compose`: a node's anchor is a weak reference that only the parser
        // holds, so it must live as long as the walk reads anchors.
        let parser: Parser
        let root: Node?
        do {
            parser = try Parser(yaml: stand.text)
            root = try parser.singleRoot()
        } catch {
            // Positions are the same as in the original text; the real parse is never reached.
            return SourceNode.yamlDiagnostic(error, file: file, text: text)
        }
        guard let root else { return nil }
        return withExtendedLifetime(parser) {
            var walk = ExpansionWalk(stand: stand, file: file)
            _ = walk.size(of: root, inKey: false)
            return walk.problem
        }
    }
}

/// `text` with the `*` of every alias replaced by a character the text does not hold, so that
/// each alias composes as a plain scalar starting with that character: nothing is expanded, and
/// a plain scalar starting with it can only have been an alias.
struct AliasStandIn {
    let text: String
    let marker: Character

    init?(_ original: String) {
        // A private-use character the text lacks (there are 6,400 to choose from).
        let present = Set(original.unicodeScalars.filter { (0xE000...0xF8FF).contains($0.value) })
        guard let scalar = (0xE000...0xF8FF).lazy.compactMap(Unicode.Scalar.init).first(where: { !present.contains($0) })
        else { return nil }
        marker = Character(scalar)
        // libyaml's anchor names are letters, digits, `_` and `-`; a `*` before anything else is
        // no alias. Replacing a `*` inside quotes or a comment changes only that text.
        var result = String.UnicodeScalarView()
        let scalars = Array(original.unicodeScalars)
        for (index, character) in scalars.enumerated() {
            if character == "*", index + 1 < scalars.count, Self.isAnchorCharacter(scalars[index + 1]) {
                result.append(scalar)
            } else {
                result.append(character)
            }
        }
        text = String(result)
    }

    static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-")
    }

    /// The anchor an alias stand-in refers to; `nil` for any other node.
    func alias(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
            scalar.string.first == marker
        else { return nil }
        return String(scalar.string.unicodeScalars.dropFirst().prefix(while: Self.isAnchorCharacter))
    }
}

/// Walks the stand-in tree in document order, as Yams resolves aliases (an anchor counts once
/// its node is complete, a later anchor of the same name replaces it), adding up what each
/// alias expands to.
private struct ExpansionWalk {
    let stand: AliasStandIn
    let file: String
    var anchorSizes: [String: Int] = [:]
    /// Nodes counted so far, each alias as the whole subtree it repeats.
    var total = 0
    var problem: ScenarioDiagnostic?

    init(stand: AliasStandIn, file: String) {
        self.stand = stand
        self.file = file
    }

    /// The expanded size of `node` (capped just past the limit, so sums cannot overflow).
    mutating func size(of node: Node, inKey: Bool) -> Int {
        guard problem == nil else { return 0 }
        let line = node.mark?.line ?? 1
        if let name = stand.alias(node) {
            if inKey {
                report(
                    line, "the alias *\(name) is used inside a mapping key",
                    hint: "use aliases for values only, and write keys out")
                return 0
            }
            let size = anchorSizes[name] ?? 1
            total = min(total + size, YAMLBounds.nodeLimit + 1)
            if total > YAMLBounds.nodeLimit {
                report(
                    line,
                    "the alias *\(name) repeats \(size) values: the document expands to more than "
                        + "\(YAMLBounds.nodeLimit) values",
                    hint: "do not repeat large parts through YAML aliases")
            }
            return size
        }
        total = min(total + 1, YAMLBounds.nodeLimit + 1)
        var size = 1
        switch node {
        case .scalar, .alias:
            break
        case .sequence(let sequence):
            for child in sequence { size = capped(size + self.size(of: child, inKey: inKey)) }
        case .mapping(let mapping):
            for (key, value) in mapping {
                size = capped(size + self.size(of: key, inKey: true))
                size = capped(size + self.size(of: value, inKey: inKey))
            }
        }
        if let anchor = node.anchor { anchorSizes[anchor.rawValue] = size }
        return size
    }

    private func capped(_ size: Int) -> Int { min(size, YAMLBounds.nodeLimit + 1) }

    private mutating func report(_ line: Int, _ text: String, hint: String) {
        problem = ScenarioDiagnostic(at: SourceLocation(file: file, line: line), path: "", problem: text, hint: hint)
    }
}
