// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// Reading scenario files (YAML or JSON, with CSV tables).
public enum ScenarioLoader {
    /// Reads and validates the scenario at `path`.
    ///
    /// - Throws: ``ScenarioValidationError`` with every problem of the file (and its CSV tables),
    ///   each located, and the scenario's name and kind as far as they could be read; nothing is
    ///   solved from a file with a problem.
    public static func load(_ path: String, registry: KindRegistry) throws(ScenarioValidationError) -> Scenario {
        let text: String
        switch readText(path) {
        case .success(let value): text = value
        case .failure(let diagnostic):
            throw ScenarioValidationError([diagnostic], scenario: ScenarioCore.defaultName(forFile: path))
        }
        return try load(text: text, file: path, registry: registry)
    }

    /// Reads and validates the scenario at `path` as `kind`: a file of another kind is a problem
    /// at `kind:`. For commands that serve one kind (`corridor yard capacity`).
    public static func load<Kind: ScenarioKind>(
        _ path: String, as kind: Kind.Type
    ) throws(ScenarioValidationError) -> TypedScenario<Kind> {
        let scenario = try load(path, registry: KindRegistry([kind]))
        // A registry of one kind decodes only that kind.
        return scenario.typed(as: kind)!
    }

    /// Reads and validates scenario text as if it were the file `file` (which locates messages
    /// and relative paths).
    public static func load(
        text: String, file: String, registry: KindRegistry
    ) throws(ScenarioValidationError) -> Scenario {
        let session = ReadingSession(file: file)
        let fileName = ScenarioCore.defaultName(forFile: file)
        var parseProblems: [ScenarioDiagnostic] = []
        let root = SourceNode.parseYAML(text, file: file, diagnostics: &parseProblems)
        session.report(contentsOf: parseProblems)
        guard let root else {
            if parseProblems.isEmpty {
                session.report(
                    ScenarioDiagnostic(
                        at: SourceLocation(file: file, line: 1), path: "", problem: "the file is empty",
                        hint: "write a scenario: kind, name, horizon and the kind's fields"))
            }
            throw ScenarioValidationError(session.diagnostics, scenario: fileName)
        }
        let reader = NodeReader(session: session, node: root, path: .root, fallback: root.location)
        guard case .mapping = root.value else {
            reader.report(
                "a scenario is a mapping of fields, not \(root.typeDescription)",
                hint: "start with `kind: …` on the first line")
            throw ScenarioValidationError(session.diagnostics, scenario: fileName)
        }

        let kindField = reader.field("kind")
        if !kindField.isPresent {
            kindField.reportMissing(hint: "add `kind:`, one of \(registry.names.joined(separator: ", "))")
        }
        let kindName = kindField.choice(of: registry.names)
        let kind = kindName.flatMap(registry.kind(named:))
        let core = ScenarioCore.decode(reader, kind: kindName ?? "", needsHorizon: kind?.needsHorizon ?? false)
        let scenario = kind.flatMap { decode($0, reader, core: core, file: file) }
        // Without a known kind the valid fields are unknown: listing them all as unknown would
        // bury the one real problem.
        if kind != nil { reader.rejectUnknownFields() }

        guard session.diagnostics.isEmpty, let scenario else {
            if session.diagnostics.isEmpty {
                reader.report("the scenario could not be read", hint: "check the kind's fields")
            }
            // The kind as written, even an unknown one, names the result of the invalid file.
            var writtenKind: String?
            if case .scalar(let scalar)? = kindField.node?.value { writtenKind = scalar.text }
            throw ScenarioValidationError(session.diagnostics, scenario: core.name, kind: kindName ?? writtenKind)
        }
        return scenario
    }

    /// The kind's input, decoded, as a scenario; `nil` when the kind could not form one.
    private static func decode<Kind: ScenarioKind>(
        _ kind: Kind.Type, _ root: NodeReader, core: ScenarioCore, file: String
    ) -> Scenario? {
        kind.decode(root, core: core).map { Scenario(TypedScenario<Kind>(file: file, core: core, input: $0)) }
    }

    /// The file's text, or a located problem.
    static func readText(_ path: String) -> Result<String, ScenarioDiagnostic> {
        let location = SourceLocation(file: path, line: 1)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .failure(
                ScenarioDiagnostic(at: location, path: "", problem: "no such file", hint: "check the path"))
        }
        guard !isFolder.boolValue else {
            return .failure(
                ScenarioDiagnostic(
                    at: location, path: "", problem: "is a folder, not a scenario file",
                    hint: "name a .yaml, .yml or .json file"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(
                ScenarioDiagnostic(at: location, path: "", problem: "not readable", hint: "check its permissions"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(
                ScenarioDiagnostic(at: location, path: "", problem: "not UTF-8 text", hint: "save the file as UTF-8"))
        }
        return .success(text)
    }
}
