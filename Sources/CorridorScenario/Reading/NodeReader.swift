// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// Reads one value of a scenario and reports what is wrong with it, at its line and field path.
///
/// A reader never throws and never stops at the first problem: each accessor returns `nil` for a
/// missing or wrong value after reporting it to the ``ReadingSession``, so one pass finds every
/// problem of a file. A kind's decoding reads its fields through readers and gets located messages,
/// "did you mean" for typos and CSV tables for free:
///
///     let berths = root.field("berths").table()?.compactMap { row in
///         row.object { row in
///             Berth(id: row.field("id").string(required: true),
///                   length: row.field("length_m").number(.positive))
///         }
///     }
public final class NodeReader {
    public let session: ReadingSession
    /// The value, `nil` when the field is absent (an explicit YAML `null` counts as absent).
    public let node: SourceNode?
    public let path: FieldPath
    /// Where to point when the value is absent: the mapping that should hold it.
    let fallbackLocation: SourceLocation
    /// The keys a decoder asked for; any other key of this mapping is unknown.
    private(set) var knownKeys: [String] = []
    private var reportedShape = false

    public init(session: ReadingSession, node: SourceNode?, path: FieldPath, fallback: SourceLocation) {
        self.session = session
        if case .scalar(let scalar)? = node?.value, scalar.kind == .null {
            self.node = nil
        } else {
            self.node = node
        }
        self.path = path
        self.fallbackLocation = node?.location ?? fallback
    }

    /// Whether the field has a (non-null) value.
    public var isPresent: Bool { node != nil }

    /// The line of the value, or of the mapping that lacks it.
    public var location: SourceLocation { node?.location ?? fallbackLocation }

    /// Reports a problem with this value.
    public func report(_ problem: String, hint: String) {
        session.report(
            ScenarioDiagnostic(at: location, path: path.description, problem: problem, hint: hint))
    }

    /// Reports that a required value is absent.
    public func reportMissing(hint: String? = nil) {
        let name = path.lastKey ?? "value"
        report("missing", hint: hint ?? "add `\(name):`")
    }

    /// Reports, once per reader, that the value has the wrong shape.
    func reportWrongType(expected: String, hint: String) {
        guard !reportedShape, let node else { return }
        reportedShape = true
        report("expected \(expected), got \(node.typeDescription)", hint: hint)
    }

    // MARK: Mappings

    /// The field `key` of this mapping (absent when this value is absent or not a mapping; the
    /// latter is reported once). Asking for a field makes it a known field of this mapping.
    public func field(_ key: String) -> NodeReader {
        if !knownKeys.contains(key) { knownKeys.append(key) }
        var child: SourceNode?
        if let node {
            if case .mapping(let entries) = node.value {
                child = entries.first { $0.key == key }?.value
            } else {
                reportWrongType(expected: "a mapping of fields", hint: "write `\(key): …` under it")
            }
        }
        return NodeReader(session: session, node: child, path: path.appending(key: key), fallback: location)
    }

    /// Reports every key of this mapping that no decoder asked for, with a "did you mean".
    public func rejectUnknownFields() { rejectUnknownFields(typosOnly: false) }

    /// Reports only the unknown fields that look like a typo of a field read so far: for a
    /// mapping whose full set of fields is not known (a scenario without a valid `kind:`), where
    /// listing every field as unknown would bury the real problem, but a misspelt `knd:` next to
    /// "kind: missing" is the answer to it.
    public func rejectMisspeltFields() { rejectUnknownFields(typosOnly: true) }

    private func rejectUnknownFields(typosOnly: Bool) {
        guard case .mapping(let entries)? = node?.value else { return }
        for entry in entries where !knownKeys.contains(entry.key) {
            let guess = Suggestions.closest(to: entry.key, among: knownKeys)
            if typosOnly && guess == nil { continue }
            let hint =
                if let guess {
                    "did you mean `\(guess)`?"
                } else {
                    "the fields here are \(Suggestions.list(knownKeys))"
                }
            session.report(
                ScenarioDiagnostic(
                    at: entry.keyLocation, path: path.appending(key: entry.key).description,
                    problem: "unknown field", hint: hint))
        }
    }

    /// Reads a mapping of fields with `body`, then reports its unknown fields. Returns `nil` when
    /// the value is absent (reported when `required`) or not a mapping.
    public func object<T>(required: Bool = false, _ body: (NodeReader) -> T?) -> T? {
        guard let node else {
            if required { reportMissing() }
            return nil
        }
        guard case .mapping = node.value else {
            reportWrongType(expected: "a mapping of fields", hint: "write `field: value` pairs")
            return nil
        }
        let value = body(self)
        rejectUnknownFields()
        return value
    }

    /// The entries of a map with free keys (ids), e.g. `handling_hours: {CT1: 12, CT2: 16}`.
    public func entries(required: Bool = false) -> [(key: String, value: NodeReader)]? {
        guard let node else {
            if required { reportMissing() }
            return nil
        }
        guard case .mapping(let entries) = node.value else {
            reportWrongType(expected: "a mapping", hint: "write `key: value` pairs")
            return nil
        }
        return entries.map { entry in
            (entry.key,
             NodeReader(
                session: session, node: entry.value, path: path.appending(key: entry.key),
                fallback: entry.keyLocation))
        }
    }

    // MARK: Lists

    /// The elements of a list. In a CSV table a cell is split on `;` into a list, and a piece
    /// of it on `/` into a pair (`10:30/14:00;15:00/19:00`).
    public func elements(required: Bool = false) -> [NodeReader]? {
        guard let node else {
            if required { reportMissing() }
            return nil
        }
        switch node.value {
        case .sequence(let items):
            return items.enumerated().map { index, item in
                NodeReader(session: session, node: item, path: path.appending(index: index), fallback: item.location)
            }
        case .scalar(let scalar) where scalar.csvLevel.map({ $0 < 2 }) ?? false:
            let level = scalar.csvLevel ?? 0
            let separator: Character = level == 0 ? ";" : "/"
            let pieces = scalar.text.split(separator: separator, omittingEmptySubsequences: false)
            return pieces.enumerated().map { index, piece in
                let text = piece.trimmingCharacters(in: .whitespaces)
                let item = SourceNode(
                    .scalar(text.isEmpty ? Scalar(text: "", kind: .null) : Scalar.csvCell(text, level: level + 1)),
                    at: node.location)
                return NodeReader(session: session, node: item, path: path.appending(index: index), fallback: node.location)
            }
        default:
            reportWrongType(expected: "a list", hint: "write `[a, b]` or one `- item` per line")
            return nil
        }
    }
}
