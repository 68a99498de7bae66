// SPDX-License-Identifier: GPL-3.0-or-later

public import Foundation

/// A folder of its own for one test, removed when the value goes away.
public final class TemporaryFolder: @unchecked Sendable {
    public let path: String

    public init(_ label: String = "corridor-tests") throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    public func path(_ name: String) -> String { path + "/" + name }

    public func write(_ name: String, _ text: String) throws {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
    }

    /// Copies files in (fixtures, by their full paths), so a test can change them.
    public func copy(_ files: [String]) throws {
        for file in files {
            try FileManager.default.copyItem(atPath: file, toPath: path((file as NSString).lastPathComponent))
        }
    }
}
