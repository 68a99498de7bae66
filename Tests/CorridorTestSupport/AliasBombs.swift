// SPDX-License-Identifier: GPL-3.0-or-later

/// YAML "billion laughs": scenario texts whose aliases stand for 10¹⁰ values, one per position
/// an alias can take (a value, a list element, keys of every form). Every reader of scenario
/// text must refuse each in bounded time.
public enum AliasBombs {
    /// `a0` holds 10 values, each `aN` ten copies of `aN-1`, as mapping entries `<prefix>N:`.
    public static func chain(levels: Int, prefix: String = "a") -> [String] {
        var lines = ["\(prefix)0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...levels {
            lines.append("\(prefix)\(level): &a\(level) [\(copies(of: level - 1))]")
        }
        return lines
    }

    /// The same anchors as one flow list on one line, for keys (an implicit key is one line).
    public static func flowChain(levels: Int) -> String {
        var items = ["&a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...levels { items.append("&a\(level) [\(copies(of: level - 1))]") }
        return "[" + items.joined(separator: ", ") + "]"
    }

    private static func copies(of level: Int) -> String {
        Array(repeating: "*a\(level)", count: 10).joined(separator: ", ")
    }

    /// The bombs: a shape's name and the text of an `lp` scenario holding it.
    public static let shapes: [(shape: String, text: String)] = {
        let head = ["kind: lp", "model: small.lp"]
        let chain = Self.chain(levels: 9)
        let elements = chain.map { "  - " + $0.split(separator: " ", maxSplits: 1)[1] }
        let flow = flowChain(levels: 9)
        return [
            ("value", head + chain + ["bomb: *a9"]),
            ("sequence", head + ["bombs:"] + elements + ["  - *a9"]),
            ("key", head + chain + ["*a9 : 1"]),
            ("explicit key", head + ["? \(flow)", ": 1"]),
            ("flow key", head + ["\(flow): 1"]),
            ("nested flow key", head + ["{x: {y: \(flow)}}: 1"]),
        ].map { ($0.0, $0.1.joined(separator: "\n") + "\n") }
    }()
}
