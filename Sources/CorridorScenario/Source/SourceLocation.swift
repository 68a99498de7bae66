// SPDX-License-Identifier: GPL-3.0-or-later

/// Where a value was written: a file (as the user named it) and a 1-based line.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file's path as given on the command line or resolved from the scenario's folder, so
    /// that a message's `FILE:LINE` opens in an editor.
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = max(line, 1)
    }

    public var description: String { "\(file):\(line)" }
}
