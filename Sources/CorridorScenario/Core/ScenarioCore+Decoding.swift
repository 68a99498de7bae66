// SPDX-License-Identifier: GPL-3.0-or-later

extension ScenarioCore {
    /// Reads `name`, `horizon` and `solver` (the kind was read by the loader to pick the kind).
    /// Sets the session's horizon so that the kind can read times.
    static func decode(_ root: NodeReader, kind: String, needsHorizon: Bool) -> ScenarioCore {
        let name = root.field("name").string() ?? defaultName(forFile: root.session.file)
        let horizon = root.field("horizon").object(required: needsHorizon) { reader -> Horizon? in
            let start = reader.field("start")
            var instant: Instant?
            if let text = start.string(required: true) {
                switch Instant.parse(text) {
                case .success(let value):
                    instant = value
                case .failure(let reason):
                    start.report(
                        "\"\(text)\" \(reason)",
                        hint: "write an ISO-8601 time with offset, like 2026-12-01T00:00:00+05:00")
                }
            }
            let hours = reader.field("hours").number(.positive, required: true)
            guard let instant, let hours else { return nil }
            return Horizon(start: instant, hours: hours)
        }
        root.session.horizon = horizon
        let solver =
            root.field("solver").object { reader in
                SolverSettings(
                    timeLimitSeconds: reader.field("time_limit_seconds").number(.nonNegative),
                    mipGap: reader.field("mip_gap").number(.nonNegative) ?? 0,
                    method: reader.field("method").choice(SolverSettings.Method.self) ?? .auto)
            } ?? SolverSettings()
        return ScenarioCore(kind: kind, name: name, horizon: horizon, solver: solver)
    }
}
