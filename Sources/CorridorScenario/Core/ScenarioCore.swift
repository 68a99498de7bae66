// SPDX-License-Identifier: GPL-3.0-or-later

/// The fields every scenario shares: its kind, name, horizon and solver settings.
public struct ScenarioCore: Sendable {
    public var kind: String
    /// The `name:` field, or the file name without its extension.
    public var name: String
    /// `nil` only for kinds that need none (the `lp` kind).
    public var horizon: Horizon?
    public var solver: SolverSettings

    public init(kind: String, name: String, horizon: Horizon?, solver: SolverSettings) {
        self.kind = kind
        self.name = name
        self.horizon = horizon
        self.solver = solver
    }

    /// The top-level fields the core reads; a kind adds its own.
    public static let fields = ["kind", "name", "horizon", "solver"]

    /// The file name without folder and extension: the default scenario name.
    public static func defaultName(forFile file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }
}
