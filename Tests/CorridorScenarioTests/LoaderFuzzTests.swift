// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario
import Foundation
import CorridorTestSupport
import Testing

/// The loader's property: whatever damage a file has, loading it never crashes and ends either
/// in a valid scenario or in problems that each name a file and a line inside it.
@Suite("Loader fuzzing")
struct LoaderFuzzTests {
    static let seed: UInt64 = 0xC0FF_EE15_2026
    static let scenarios = [
        "transport.yaml", "transport.json", "small-lp.yaml", "small-mps.yaml", "knapsack.yaml", "depot.yaml",
        "depot.json",
    ]

    @Test("thousands of mutated scenario files load or give located errors")
    func mutatedScenarios() throws {
        var mutator = Mutator(generator: SeededGenerator(seed: Self.seed))
        let bases = try Self.scenarios.map { ($0, try Fixtures.text($0)) }
        var valid = 0
        var invalid = 0
        for iteration in 0..<3_000 {
            let (name, base) = bases[iteration % bases.count]
            let text = mutator.mutate(base)
            let file = Fixtures.path("fuzz-" + name)
            let context = "seed \(Self.seed), case \(iteration) of \(name):\n\(text)"
            switch outcome(text: text, file: file) {
            case .valid: valid += 1
            case .invalid(let diagnostics):
                invalid += 1
                check(diagnostics, files: [file: text, Fixtures.path("vessels.csv"): try Fixtures.text("vessels.csv")], context)
            }
            if iteration % 10 == 0 {
                // The same text gives the same answer.
                #expect(outcome(text: text, file: file) == outcome(text: text, file: file), "\(context)")
            }
        }
        // Both ends are reached: the mutations are neither all harmless nor all fatal.
        #expect(valid > 100)
        #expect(invalid > 1_000)
    }

    @Test("hundreds of mutated CSV tables load or give errors located in the CSV file")
    func mutatedCSV() throws {
        var mutator = Mutator(generator: SeededGenerator(seed: Self.seed &+ 1))
        let folder = try TemporaryFolder()
        try folder.copy([Fixtures.path("depot.yaml")])
        let base = try Fixtures.text("vessels.csv")
        var invalid = 0
        for iteration in 0..<600 {
            let csv = mutator.mutate(base)
            try folder.write("vessels.csv", csv)
            let yaml = try String(contentsOfFile: folder.path("depot.yaml"), encoding: .utf8)
            switch outcome(text: yaml, file: folder.path("depot.yaml")) {
            case .valid: break
            case .invalid(let diagnostics):
                invalid += 1
                check(
                    diagnostics, files: [folder.path("depot.yaml"): yaml, folder.path("vessels.csv"): csv],
                    "seed \(Self.seed &+ 1), case \(iteration):\n\(csv)")
            }
        }
        #expect(invalid > 100)
    }

    enum Outcome: Equatable {
        case valid
        case invalid([ScenarioDiagnostic])
    }

    func outcome(text: String, file: String) -> Outcome {
        do {
            let scenario = try ScenarioLoader.load(text: text, file: file, registry: Fixtures.registry)
            #expect(Fixtures.registry.names.contains(scenario.core.kind))
            return .valid
        } catch {
            return .invalid(error.diagnostics)
        }
    }

    /// Each problem names one of `files` and a line inside it (or just past its end, where a
    /// parser reports an unexpected end), a field or nothing, and says what to do.
    func check(_ diagnostics: [ScenarioDiagnostic], files: [String: String], _ context: String) {
        #expect(!diagnostics.isEmpty, "\(context)")
        for diagnostic in diagnostics {
            // A mutated `{csv: …}` may name any file of the folder; it must exist.
            let text =
                files[diagnostic.location.file] ?? (try? String(contentsOfFile: diagnostic.location.file, encoding: .utf8))
            #expect(text != nil, "unknown file in \(diagnostic) — \(context)")
            // Lines as YAML and CSV count them: `\r\n`, `\r` and `\n` each end one.
            let lines = (text ?? "").replacingOccurrences(of: "\r\n", with: "\n")
                .components(separatedBy: CharacterSet(charactersIn: "\r\n")).count
            #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= lines + 1, "\(diagnostic) — \(context)")
            #expect(diagnostic.description.hasPrefix("\(diagnostic.location.file):\(diagnostic.location.line): "), "\(context)")
            #expect(!diagnostic.problem.isEmpty && !diagnostic.hint.isEmpty, "\(diagnostic) — \(context)")
        }
    }
}
