// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import Testing

/// The built `corridor` executable, run as a user runs it: arguments in, exit status, standard
/// output and standard error out.
enum CorridorTool {
    /// `corridor` sits next to the test bundle in the build folder.
    static let executable: URL = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = bundle.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("corridor")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return bundle.deletingLastPathComponent().appendingPathComponent("corridor")
    }()

    /// The test fixtures folder (`Tests/CorridorCLITests/Fixtures`, copied as a resource).
    static let fixtures: URL = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `corridor` with `arguments` in `folder` and waits for it.
    static func run(_ arguments: [String], in folder: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? fixtures
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// `text` with what changes from run to run (the solve time) masked.
    static func masked(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("Time:") ? "Time:       <masked>" : String(line)
        }.joined(separator: "\n")
    }

    /// Compares `actual` with the expected file `name` in `Fixtures/`; with the environment
    /// variable `CORRIDOR_RECORD=1` the file is (re)written instead.
    static func expectMatches(
        _ actual: String, expected name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        if ProcessInfo.processInfo.environment["CORRIDOR_RECORD"] == "1" {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
            try actual.write(to: source, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(
            contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        #expect(actual == expected, sourceLocation: sourceLocation)
    }
}
