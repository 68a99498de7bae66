// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

extension NodeReader {
    /// The scalar, or `nil` after reporting a missing or non-scalar value.
    func scalar(required: Bool, expected: String, hint: String) -> Scalar? {
        guard let node else {
            if required { reportMissing() }
            return nil
        }
        guard case .scalar(let scalar) = node.value else {
            reportWrongType(expected: expected, hint: hint)
            return nil
        }
        return scalar
    }

    /// A finite number inside `range`.
    public func number(_ range: NumberRange = .finite, required: Bool = false) -> Double? {
        let hint = "write a number like 12 or 12.5"
        guard let scalar = scalar(required: required, expected: "a number", hint: hint) else { return nil }
        guard case .number(let value) = scalar.kind else {
            reportWrongType(expected: "a number", hint: hint)
            return nil
        }
        guard value.isFinite else {
            report("\(scalar.text) is not a finite number", hint: "give a finite number")
            return nil
        }
        if let violation = range.violation(value) {
            report(violation.problem, hint: violation.hint)
            return nil
        }
        return value
    }

    /// A whole number inside `range`.
    public func integer(_ range: NumberRange = .finite, required: Bool = false) -> Int? {
        guard let value = number(range, required: required) else { return nil }
        guard value == value.rounded(), abs(value) <= 9_007_199_254_740_992 else {
            report("must be a whole number (got \(NumberRange.format(value)))", hint: "give a whole number")
            return nil
        }
        return Int(value)
    }

    /// Text: ids, names, paths. A number or boolean counts as its text as written (an id `7`
    /// is the id "7"), as the CSV rule "ids and names are always text" asks.
    public func string(required: Bool = false, allowEmpty: Bool = false) -> String? {
        guard let scalar = scalar(required: required, expected: "text", hint: "write a name or quoted text")
        else { return nil }
        if !allowEmpty, scalar.text.trimmingCharacters(in: .whitespaces).isEmpty {
            report("must not be empty", hint: "write a value or leave the field out")
            return nil
        }
        return scalar.text
    }

    /// `true` or `false`.
    public func bool(required: Bool = false) -> Bool? {
        let hint = "write true or false"
        guard let scalar = scalar(required: required, expected: "true or false", hint: hint) else { return nil }
        guard case .bool(let value) = scalar.kind else {
            reportWrongType(expected: "true or false", hint: hint)
            return nil
        }
        return value
    }

    /// One of a fixed set of words, with a "did you mean" for a typo.
    public func choice(of options: [String], required: Bool = false) -> String? {
        guard let text = string(required: required) else { return nil }
        if options.contains(text) { return text }
        let list = options.joined(separator: ", ")
        let hint = Suggestions.hint(
            for: text, among: options, listing: "one of \(list)", otherwise: "use one of \(list)")
        report("\"\(text)\" is not a valid value", hint: hint)
        return nil
    }

    /// One case of a string enumeration.
    public func choice<Choice: RawRepresentable & CaseIterable>(
        _ type: Choice.Type, required: Bool = false
    ) -> Choice? where Choice.RawValue == String {
        choice(of: type.allCases.map(\.rawValue), required: required).flatMap(Choice.init(rawValue:))
    }

    /// A list of texts; one text alone counts as a list of one.
    public func stringList(required: Bool = false) -> [String]? {
        if case .scalar(let scalar)? = node?.value, scalar.csvLevel == nil {
            return string(required: required).map { [$0] }
        }
        guard let items = elements(required: required) else { return nil }
        let values = items.map { $0.string(required: true) }
        return values.contains(where: { $0 == nil }) ? nil : values.compactMap { $0 }
    }

    /// A reference to an id of a table, e.g. a vessel's berth: reports
    /// `no berth "CT4" — the berths are CT1, CT2, CT3` (or a "did you mean").
    public func reference(to ids: [String], noun: String, plural: String? = nil, required: Bool = false) -> String? {
        guard let text = string(required: required) else { return nil }
        if ids.contains(text) { return text }
        reportNoSuch(text, among: ids, noun: noun, plural: plural)
        return nil
    }

    /// Reports `no berth "CT4" — the berths are CT1, CT2, CT3`, or with a "did you mean" for a typo.
    func reportNoSuch(_ id: String, among ids: [String], noun: String, plural: String?) {
        let listing = "the \(plural ?? noun + "s") are \(Suggestions.list(ids))"
        report("no \(noun) \"\(id)\"", hint: Suggestions.hint(for: id, among: ids, listing: listing))
    }
}

extension Scalar {
    /// A CSV cell or a piece of one, typed by the spec's rule: a number if it reads as one,
    /// `true`/`false` a boolean, else text.
    static func csvCell(_ text: String, level: Int) -> Scalar {
        if text == "true" { return Scalar(text: text, kind: .bool(true), csvLevel: level) }
        if text == "false" { return Scalar(text: text, kind: .bool(false), csvLevel: level) }
        // `nan` and `inf` read as (non-finite) numbers, so that the message says so.
        if let number = Double(text) {
            return Scalar(text: text, kind: .number(number), csvLevel: level)
        }
        return Scalar(text: text, kind: .text, csvLevel: level)
    }
}
