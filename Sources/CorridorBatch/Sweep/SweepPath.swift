// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario

/// The address of one value in a scenario, as `--set` writes it: dotted field names, with list
/// elements addressed by their `id` or their 0-based position in brackets —
/// `checkpoints[nur-zholy].lanes`, `solver.time_limit_seconds`, `vessels[3].length_m`.
public struct SweepPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case field(String)
        /// `[x]`: the element whose `id` is `x`, else (when `x` is a whole number) the element at
        /// that position.
        case element(String)
    }

    public let components: [Component]
    public let description: String

    /// Parses `text`.
    ///
    /// - Throws: ``BatchError`` that shows where the path is malformed.
    public init(parsing text: String) throws(BatchError) {
        var components: [Component] = []
        var rest = Substring(text)
        func fail(_ problem: String) -> BatchError {
            BatchError("--set \(text): \(problem) — write a path like checkpoints[nur-zholy].lanes")
        }
        while !rest.isEmpty {
            if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]") else { throw fail("a [ without ]") }
                let selector = rest[rest.index(after: rest.startIndex)..<close]
                guard !selector.isEmpty else { throw fail("empty []") }
                components.append(.element(String(selector)))
                rest = rest[rest.index(after: close)...]
                if rest.first == "." {
                    rest = rest.dropFirst()
                    if rest.isEmpty { throw fail("a path may not end with '.'") }
                }
                continue
            }
            let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
            let name = rest[..<end]
            guard !name.isEmpty else { throw fail("an empty field name") }
            guard !name.contains("]") else { throw fail("a ] without [") }
            components.append(.field(String(name)))
            rest = rest[end...]
            if rest.first == "." {
                rest = rest.dropFirst()
                if rest.isEmpty { throw fail("a path may not end with '.'") }
            }
        }
        guard case .field = components.first else {
            throw fail(components.isEmpty ? "an empty path" : "a path starts with a field name")
        }
        self.components = components
        self.description = text
    }

    /// The path of the first `count` components, as text (for messages).
    func prefix(_ count: Int) -> String {
        components.prefix(count).enumerated().map { index, component in
            switch component {
            case .field(let name): index == 0 ? name : ".\(name)"
            case .element(let selector): "[\(selector)]"
            }
        }.joined()
    }

    /// The last `count` components as words joined by `.`: a file-name label (`lanes`,
    /// `nur-zholy.lanes`).
    func label(lastComponents count: Int) -> String {
        components.suffix(count).map { component in
            switch component {
            case .field(let name): name
            case .element(let selector): selector
            }
        }.joined(separator: ".")
    }
}
