// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import Yams
import CorridorScenario

/// The few fields needed of a scenario before it is loaded: its name (for the result's file
/// name), its kind (for the result of a scenario that cannot be loaded) and its time limit (for
/// the deadline of a batch worker).
///
/// Read leniently and never an error: whether the file is a valid scenario is for the loader to
/// say (in a batch: the worker's `solve`, in isolation). A field that cannot be read is absent;
/// a file that cannot be read at all gets its file name as name.
///
/// Read with bounded work whatever the file holds, because a batch reads every header before it
/// solves anything: the text is composed within the loader's bounds (`YAMLBounds`), and only
/// the top-level mapping's scalars (and `solver`'s) are looked at.
public struct ScenarioHeader: Sendable, Hashable {
    /// `name:` when it is text, else the file name without extension (scenarios.md's default).
    public var name: String
    /// `kind:` when it is text.
    public var kind: String?
    /// `solver.time_limit_seconds` when it is a number (any number: 0, negative or NaN limits are
    /// reported by the loader; for a deadline, `Duration.timeLimit(seconds:)` (CorridorLP)
    /// gives each a safe meaning).
    public var timeLimitSeconds: Double?

    public init(name: String, kind: String? = nil, timeLimitSeconds: Double? = nil) {
        self.name = name
        self.kind = kind
        self.timeLimitSeconds = timeLimitSeconds
    }

    /// Reads the header of `file`.
    public static func read(_ file: ScenarioFile) -> ScenarioHeader {
        read(path: file.path)
    }

    /// Reads the header of the scenario file at `path` (as given; relative to the current folder).
    public static func read(path: String) -> ScenarioHeader {
        let stem = ScenarioCore.defaultName(forFile: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            return ScenarioHeader(name: stem)
        }
        return read(text: String(decoding: data, as: UTF8.self), defaultName: stem)
    }

    /// Reads the header of a scenario's `text`; `defaultName` when it has no usable `name:`.
    public static func read(text: String, defaultName: String) -> ScenarioHeader {
        var header = ScenarioHeader(name: defaultName)
        let fields = jsonFields(text) ?? yamlFields(text)
        if case .text(let name)? = fields["name"], !name.isEmpty { header.name = name }
        if case .text(let kind)? = fields["kind"] { header.kind = kind }
        if case .number(let limit)? = fields["solver.time_limit_seconds"] {
            header.timeLimitSeconds = limit
        }
        return header
    }

    // MARK: - Reading the fields

    private enum Scalar: Equatable {
        case text(String)
        case number(Double)
    }

    /// The top-level scalars of a JSON object (and `solver`'s, as `solver.<key>`); `nil` when the
    /// text is not a JSON object. JSON has no aliases, and Foundation's parser limits nesting.
    private static func jsonFields(_ text: String) -> [String: Scalar]? {
        guard text.first(where: { !$0.isWhitespace }) == "{",
            let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
        else { return nil }
        func scalar(_ value: Any?) -> Scalar? {
            if let text = value as? String { return .text(text) }
            return (value as? NSNumber).map { .number($0.doubleValue) }
        }
        var fields: [String: Scalar] = [:]
        fields["name"] = scalar(object["name"])
        fields["kind"] = scalar(object["kind"])
        fields["solver.time_limit_seconds"] = scalar(
            (object["solver"] as? [String: Any])?["time_limit_seconds"])
        return fields
    }

    /// The same of a YAML document, composed within the loader's bounds (`YAMLBounds`: what
    /// the loader refuses in bounded time, this reads in bounded time). A text the bounds refuse
    /// (an alias bomb, an alias in a key) or that does not parse is read again as its top-level
    /// `name`, `kind` and `solver` entries without the lines that hold a `*` (an alias there
    /// reads as absent), so that even a refused file's result has its name.
    private static func yamlFields(_ text: String) -> [String: Scalar] {
        var composed = try? YAMLBounds.compose(text, file: "").get()
        if composed == nil, text.contains("*") {
            composed = try? YAMLBounds.compose(excerpt(of: text), file: "").get()
        }
        guard case .mapping(let mapping)? = composed else { return [:] }
        var fields: [String: Scalar] = [:]
        for (key, value) in mapping {
            guard case .scalar(let key) = key else { continue }
            switch key.string {
            case "name", "kind":
                fields[key.string] = scalar(value)
            case "solver":
                guard case .mapping(let solver) = value else { continue }
                for (key, value) in solver where key.scalar?.string == "time_limit_seconds" {
                    fields["solver.time_limit_seconds"] = scalar(value)
                }
            default:
                continue
            }
        }
        return fields
    }

    /// A scalar node as text (a plain or quoted string) or number, typed by the loader's own
    /// rules (``Scalar/yaml(_:)``): a limit the loader accepts (`0x2`, `1_0`) must give the batch
    /// a deadline, or a hanging scenario with it would never be killed. Null and booleans are no
    /// header value.
    private static func scalar(_ node: Node) -> Scalar? {
        guard case .scalar(let scalar) = node else { return nil }
        let typed = CorridorScenario.Scalar.yaml(scalar)
        switch typed.kind {
        case .number(let value): return .number(value)
        case .text: return .text(typed.text)
        case .null, .bool: return nil
        }
    }

    /// The top-level `name`, `kind` and `solver` entries of a block mapping (each its first line
    /// and the indented lines after it), leaving out every line that holds a `*`.
    private static func excerpt(of text: String) -> String {
        var kept: [Substring] = []
        var keeping = false
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if let first = line.first, !first.isWhitespace, first != "#" {
                let key = line.prefix { $0 != ":" }.trimmingCharacters(in: .whitespaces)
                    .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                keeping = line.contains(":") && ["name", "kind", "solver"].contains(key)
            }
            if keeping, !line.contains("*") { kept.append(line) }
        }
        return kept.joined(separator: "\n")
    }
}
