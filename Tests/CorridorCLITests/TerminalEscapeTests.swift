// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// Names from files reach the terminal escaped: an ANSI sequence or carriage return in a
/// scenario's name, id or file name is shown as `\e`, `\r`, never obeyed.
@Suite("control characters in names, end to end")
struct TerminalEscapeTests {
    @Test func namesAndFileNamesAreEscapedOnEveryCommand() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(
            atPath: CorridorTool.fixtures.appendingPathComponent("solve/small.lp").path, toPath: folder.path("small.lp"))
        let evil = "x\u{1B}[31mred\r"
        // The name quoted in YAML with escapes; the file name holds the raw characters.
        let file = "s\u{1B}[2J.yaml"
        try folder.write(file, "kind: lp\nname: \"x\\e[31mred\\r\"\nmodel: small.lp\n")
        try folder.write("bad\u{1B}]0;title\u{7}.yaml", "kind: lp\nmodel: small.lp\nsovler: {}\n")
        let at = URL(fileURLWithPath: folder.path)
        let runs = [
            try CorridorTool.run(["validate", file], in: at),
            try CorridorTool.run(["validate", "bad\u{1B}]0;title\u{7}.yaml"], in: at),
            try CorridorTool.run(["solve", file], in: at),
            try CorridorTool.run(["batch", ".", "--out", "out", "--jobs", "1"], in: at),
            try CorridorTool.run(["sweep", file, "--set", "model=small.lp", "--out", "v"], in: at),
        ]
        for run in runs {
            let output = run.stdout + run.stderr
            #expect(!output.contains("\u{1B}") && !output.contains("\r") && !output.contains("\u{7}"), "\(output.debugDescription)")
        }
        #expect(runs[0].stdout.contains("ok s\\e[2J.yaml (lp \"x\\e[31mred\\r\")"), "\(runs[0].stdout.debugDescription)")
        #expect(runs[1].stderr.contains("bad\\e]0;title\\u{7}.yaml:3: sovler: unknown field"), "\(runs[1].stderr.debugDescription)")
        #expect(runs[2].stdout.contains("x\\e[31mred\\r"), "\(runs[2].stdout.debugDescription)")
        // Files keep the name as it is.
        let result = try #require(FileManager.default.contents(atPath: folder.path("out/x_31mred_.json")) ?? firstResult(in: folder.path("out")))
        let json = try #require(try JSONSerialization.jsonObject(with: result) as? [String: Any])
        #expect(json["scenario"] as? String == evil)
    }

    private func firstResult(in folder: String) -> Data? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        guard let name = names.first(where: { $0.hasPrefix("x") && $0.hasSuffix(".json") }) else { return nil }
        return FileManager.default.contents(atPath: folder + "/" + name)
    }
}
