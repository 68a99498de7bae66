// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// What every ``NodeReader`` of one scenario file shares: where the file is (to resolve relative
/// paths and CSV tables), the horizon once it is read (to read times), and the list of problems
/// found so far.
///
/// One session reads one file on one thread, so it is a plain class, deliberately not `Sendable`.
public final class ReadingSession {
    /// The scenario file as given.
    public let file: String
    /// The folder that relative paths in the scenario are resolved against.
    public let folder: String
    /// The scenario's horizon, once read and valid; times need it.
    public internal(set) var horizon: Horizon?
    /// Every problem reported so far.
    public private(set) var diagnostics: [ScenarioDiagnostic] = []

    public init(file: String) {
        self.file = file
        let folder = (file as NSString).deletingLastPathComponent
        self.folder = folder
    }

    /// Records a problem.
    public func report(_ diagnostic: ScenarioDiagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records problems found elsewhere (parsing, CSV reading).
    func report(contentsOf list: [ScenarioDiagnostic]) {
        diagnostics += list
    }

    /// A path from the scenario, resolved against the scenario's folder unless absolute.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") || folder.isEmpty { return path }
        return (folder as NSString).appendingPathComponent(path)
    }
}
