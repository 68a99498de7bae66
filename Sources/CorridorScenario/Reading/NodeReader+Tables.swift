// SPDX-License-Identifier: GPL-3.0-or-later

extension NodeReader {
    /// The rows of a table: an inline list, or `{csv: file}` naming a CSV file next to the
    /// scenario whose header row holds the field names. Each row reader points at its own line
    /// (in the CSV file for a CSV table).
    public func table(required: Bool = false) -> [NodeReader]? {
        guard let node else {
            if required { reportMissing() }
            return nil
        }
        guard case .mapping = node.value else { return elements(required: required) }
        return object { reference -> [NodeReader]? in
            guard let file = reference.field("csv").string(required: true) else { return nil }
            let resolved = session.resolve(file)
            var problems: [ScenarioDiagnostic] = []
            let rows = CSVTable.read(
                path: resolved, tablePath: path, problems: &problems,
                missing: { reason in
                    ScenarioDiagnostic(
                        at: reference.field("csv").location, path: reference.field("csv").path.description,
                        problem: "cannot read the CSV table \"\(file)\": \(reason)",
                        hint: "check the path (relative to the scenario's folder)")
                })
            session.report(contentsOf: problems)
            guard let rows else { return nil }
            let tableNode = SourceNode(.sequence(rows), at: node.location)
            return NodeReader(session: session, node: tableNode, path: path, fallback: node.location)
                .elements()
        }
    }

    /// Reports every id used twice among `rows` (read from their `field`), pointing at the
    /// second use and naming the first; returns the ids in row order (`nil` for a row without one).
    @discardableResult
    public func uniqueIDs(_ rows: [NodeReader], field: String = "id", noun: String) -> [String?] {
        var first: [String: NodeReader] = [:]
        return rows.map { row in
            let reader = row.field(field)
            guard let id = reader.string(required: true) else { return nil }
            if let earlier = first[id] {
                reader.report(
                    "duplicate id \"\(id)\": \(earlier.path) (line \(earlier.location.line)) already has it",
                    hint: "give each \(noun) its own id")
                return nil
            }
            first[id] = row
            return id
        }
    }
}

extension NodeReader {
    /// A map whose keys are ids of a table (e.g. `handling_hours: {CT1: 12}` keyed by berth):
    /// reports each key that is not one of `ids`, and leaves it out.
    public func entries(
        referencing ids: [String], noun: String, plural: String? = nil, required: Bool = false
    ) -> [(key: String, value: NodeReader)]? {
        guard let all = entries(required: required) else { return nil }
        return all.filter { key, value in
            if ids.contains(key) { return true }
            value.reportNoSuch(key, among: ids, noun: noun, plural: plural)
            return false
        }
    }
}
