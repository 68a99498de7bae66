// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
public import CorridorScenario

/// One scenario file found for a batch.
public struct ScenarioFile: Sendable, Hashable {
    /// The path as the user gave it (joined with the path below a folder argument): what results
    /// and summaries show in their `file` field, so a summary reads like the command that made it.
    public var path: String
    /// The standardized absolute path: what identifies the file, e.g. when `--resume` checks that a
    /// result belongs to it.
    public var absolutePath: String

    public init(path: String) {
        self.path = path
        self.absolutePath = ScenarioFile.absolute(path)
    }

    /// The file name without its extension: a scenario's default name.
    public var stem: String { ScenarioCore.defaultName(forFile: path) }

    /// `path` made absolute against the current directory and standardized (`.`/`..` removed).
    /// Symbolic links are kept as they are: two links to one file count as two scenarios, as the
    /// user listed them.
    public static func absolute(_ path: String) -> String {
        let base =
            path.hasPrefix("/")
            ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (base as NSString).standardizingPath
    }
}
