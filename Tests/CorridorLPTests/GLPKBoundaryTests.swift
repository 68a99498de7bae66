// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import Testing

/// GLPK is reached through one folder: every abort trap, thread rule and setjmp guard lives in
/// `Sources/CorridorLP/GLPK/`, so no other Swift file may import GLPK's module.
@Suite("GLPK boundary")
struct GLPKBoundaryTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// Swift files under `Sources/` that import `CGLPK` or `CGLPKShim`, relative to `Sources/`.
    static func filesImportingGLPK() throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: sources.path))
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            let text = try String(
                contentsOf: sources.appendingPathComponent(relative), encoding: .utf8)
            let imports = text.split(whereSeparator: \.isNewline).contains { line in
                let words = line.split(separator: " ")
                guard let module = words.last, words.contains("import") else { return false }
                return module == "CGLPK" || module == "CGLPKShim"
            }
            if imports { found.append(relative) }
        }
        return found.sorted()
    }

    @Test func onlyTheGLPKFolderImportsGLPK() throws {
        let importing = try Self.filesImportingGLPK()
        // The scan must see the GLPK folder itself, or it is looking in the wrong place.
        #expect(importing.contains("CorridorLP/GLPK/GLPKProblem.swift"))
        let outside = importing.filter { !$0.hasPrefix("CorridorLP/GLPK/") }
        #expect(outside.isEmpty, "import GLPK only in Sources/CorridorLP/GLPK/: \(outside)")
    }
}
