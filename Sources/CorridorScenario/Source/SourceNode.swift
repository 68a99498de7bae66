// SPDX-License-Identifier: GPL-3.0-or-later

/// A scenario document as a tree of located values.
///
/// YAML, JSON and CSV tables all become this one tree, so validation reads one shape and every
/// value keeps the file and line it came from (a CSV cell points into the CSV file, not the
/// scenario). It is a plain `Sendable` value, unlike Yams' nodes.
public struct SourceNode: Sendable {
    public indirect enum Value: Sendable {
        case scalar(Scalar)
        case mapping([Entry])
        case sequence([SourceNode])
    }

    /// One `key: value` pair of a mapping, in file order.
    public struct Entry: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: SourceNode

        public init(key: String, keyLocation: SourceLocation, value: SourceNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The value of `key` when this is a mapping.
    public subscript(key: String) -> SourceNode? {
        guard case .mapping(let entries) = value else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// A short name of the node's type, for "expected …, got …" messages.
    var typeDescription: String {
        switch value {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let scalar): scalar.typeDescription
        }
    }
}

/// A leaf value, typed the way YAML's core schema (or the CSV cell rules) read it.
public struct Scalar: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case null
        case bool(Bool)
        case number(Double)
        case text
    }

    /// The text as written (without quotes).
    public var text: String
    public var kind: Kind
    /// For a value read from a CSV cell: 0 for the cell, 1 for a `;`-separated piece of it, 2 for
    /// a `/`-separated half of a piece. A reader that wants a list splits a cell on `;` and a
    /// piece on `/` (the spec's list and `FROM/TO` pair forms); `nil` outside CSV.
    public var csvLevel: Int?

    public init(text: String, kind: Kind, csvLevel: Int? = nil) {
        self.text = text
        self.kind = kind
        self.csvLevel = csvLevel
    }

    var typeDescription: String {
        switch kind {
        case .null: "nothing (null)"
        case .bool(let value): "the boolean \(value)"
        case .number: "the number \(text)"
        case .text: "the text \"\(text)\""
        }
    }
}
