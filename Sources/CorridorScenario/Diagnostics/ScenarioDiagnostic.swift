// SPDX-License-Identifier: GPL-3.0-or-later

/// One problem in a scenario: where, which field, what is wrong and what to do.
///
/// Printed as `FILE:LINE: field.path: what is wrong — what to do`, e.g.
/// `aktau.yaml:14: vessels[3].allowed_berths[1]: no berth "CT4" — the berths are CT1, CT2, CT3`.
public struct ScenarioDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    /// The field, e.g. `vessels[3].allowed_berths[1]`; empty for a problem of the whole file
    /// (a YAML syntax error).
    public var path: String
    /// What is wrong.
    public var problem: String
    /// What to do about it.
    public var hint: String

    public init(at location: SourceLocation, path: String, problem: String, hint: String) {
        self.location = location
        self.path = path
        self.problem = problem
        self.hint = hint
    }

    public var description: String {
        let field = path.isEmpty ? "" : "\(path): "
        let advice = hint.isEmpty ? "" : " — \(hint)"
        return "\(location): \(field)\(problem)\(advice)"
    }
}

/// A scenario that cannot be solved: every problem found in it, in file and line order.
public struct ScenarioValidationError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [ScenarioDiagnostic]
    /// The scenario's name as far as the loader read it (`name:`, else the file name without its
    /// extension); `nil` when not known. For the result of an invalid scenario.
    public var scenario: String?
    /// `kind:` as written when it is text (even an unknown kind); `nil` when not known.
    public var kind: String?

    public init(_ diagnostics: [ScenarioDiagnostic], scenario: String? = nil, kind: String? = nil) {
        self.diagnostics = ScenarioValidationError.ordered(diagnostics)
        self.scenario = scenario
        self.kind = kind
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }

    /// Files in the order they first appear (the scenario before its CSV tables), lines
    /// ascending within a file, and the order found for one line; duplicates dropped.
    static func ordered(_ diagnostics: [ScenarioDiagnostic]) -> [ScenarioDiagnostic] {
        var fileOrder: [String: Int] = [:]
        for diagnostic in diagnostics where fileOrder[diagnostic.location.file] == nil {
            fileOrder[diagnostic.location.file] = fileOrder.count
        }
        var seen = Set<ScenarioDiagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { a, b in
            let fileA = fileOrder[a.element.location.file] ?? 0
            let fileB = fileOrder[b.element.location.file] ?? 0
            if fileA != fileB { return fileA < fileB }
            if a.element.location.line != b.element.location.line {
                return a.element.location.line < b.element.location.line
            }
            return a.offset < b.offset
        }.map(\.element)
    }
}
