// SPDX-License-Identifier: GPL-3.0-or-later

/// The kinds a program knows, by their `kind:` name. The loader asks it for the kind of each
/// file; a new kind joins by being listed where the program builds its registry, with no change
/// to the loader.
public struct KindRegistry: Sendable {
    public private(set) var kinds: [any ScenarioKind.Type]

    public init(_ kinds: [any ScenarioKind.Type]) {
        self.kinds = []
        for kind in kinds { register(kind) }
    }

    /// Adds `kind`, replacing one of the same name.
    public mutating func register(_ kind: any ScenarioKind.Type) {
        kinds.removeAll { $0.name == kind.name }
        kinds.append(kind)
    }

    public var names: [String] { kinds.map { $0.name } }

    public func kind(named name: String) -> (any ScenarioKind.Type)? {
        kinds.first { $0.name == name }
    }
}
