// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
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

    typealias Run = TestProcess.Run

    /// Runs `corridor` (or `program`) with `arguments` in `folder` (the fixtures by default) and
    /// waits for it, at most `timeout` seconds: see ``TestProcess/run(_:_:in:environment:timeout:standardError:)``.
    static func run(
        _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
        timeout: Double? = nil, program: String = executable.path,
        standardError: FileHandle? = nil
    ) throws -> Run {
        try TestProcess.run(
            program, arguments, in: folder ?? fixtures, environment: pathFirst(environment),
            timeout: timeout, standardError: standardError)
    }

    /// A process for `program` in `folder`, with `corridor` first on `PATH`.
    static func makeProcess(
        _ program: String, _ arguments: [String], in folder: URL, _ environment: [String: String]
    ) -> Process {
        TestProcess.make(program, arguments, in: folder, environment: pathFirst(environment))
    }

    /// `environment` with the built `corridor`'s folder first on `PATH`.
    private static func pathFirst(_ environment: [String: String]) -> [String: String] {
        var environment = environment
        let path = environment["PATH"] ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        environment["PATH"] = executable.deletingLastPathComponent().path + ":" + path
        return environment
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
