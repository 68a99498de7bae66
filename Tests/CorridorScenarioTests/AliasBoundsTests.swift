// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario
import CorridorTestSupport
import Foundation
import Testing

/// YAML aliases within bounds: a document that expands past the limit, or an alias anywhere
/// inside a mapping key, is refused before anything walks the expansion, with the line of the
/// alias; aliases as plain values stay allowed.
@Suite("YAML alias bounds")
struct AliasBoundsTests {
    @Test("bombs of 10¹⁰ values in every position are refused at once, at a line of the file", arguments: AliasBombs.shapes.indices)
    func bombsAreRefused(index: Int) {
        let (shape, text) = AliasBombs.shapes[index]
        let started = ContinuousClock.now
        let problems = Fixtures.problems(text)
        #expect(ContinuousClock.now - started < .seconds(5), "\(shape)")
        #expect(problems.count == 1, "\(shape): \(problems)")
        let problem = problems.first ?? ""
        #expect(problem.hasPrefix("case.yaml:"), "\(shape): \(problem)")
        #expect(problem.contains("mapping key") || problem.contains("expands to more than 2000000 values"), "\(shape): \(problem)")
    }

    @Test("an alias anywhere inside a mapping key is refused, at the alias's line")
    func aliasInsideKeys() {
        let head = "kind: lp\nmodel: small.lp\ni: &i [1, 2]\n"
        let keys = [
            "[*i]: 1", "? [ *i ]\n: 1", "{x: *i}: 1", "k: {[*i]: 1}", "k:\n  ? - a\n    - *i\n  : 1",
            "k: [{x: [*i]}: 1]", "{x: {y: [*i]}}: 1", "*i : 1",
        ]
        for key in keys {
            let problems = Fixtures.problems(head + key)
            let line = 3 + key.split(separator: "\n").firstIndex { $0.contains("*i") }! + 1
            #expect(problems == ["case.yaml:\(line): the alias *i is used inside a mapping key — use aliases for values only, and write keys out"], "\(key)")
        }
    }

    @Test("aliases as values load, expanded; `*` in text and comments is no alias")
    func aliasesAsValues() throws {
        let text = """
            kind: lp
            model: &m small.lp   # a *comment with &stars
            name: "a *m b"
            solver: &s {time_limit_seconds: 30}
            data: []
            """
        #expect(Fixtures.problems(text).allSatisfy { !$0.contains("alias") && !$0.contains("YAML") })
        let scenario = try Fixtures.load("kind: lp\nmodel: &m small.lp\nname: x*m\nsolver: &s {time_limit_seconds: 30}\n")
        #expect(scenario.core.name == "x*m")
        #expect(scenario.core.solver.timeLimitSeconds == 30)
        // 10⁵ values through aliases: under the limit, loaded.
        let big = (["kind: lp", "model: small.lp"] + AliasBombs.chain(levels: 4, prefix: "x_") + ["name: ok"]).joined(separator: "\n")
        #expect(Fixtures.problems(big).allSatisfy { !$0.contains("expands") && !$0.contains("alias") })
    }
}
