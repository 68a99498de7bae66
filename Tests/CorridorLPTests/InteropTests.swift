// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation
import Testing

@Suite("Model files and MathProg")
struct InteropTests {
    /// The repository's `Models/` folder, found from this file's place in the tree.
    static let models = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Models").path

    static func temporary(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("interop-\(UUID().uuidString).\(suffix)").path
    }

    /// The bundled models, their optimum (worked out with glpsol) and a line of their output.
    @Test(arguments: [
        ("transport", 153.675, "Total cost: 153.675 thousand dollars"),
        ("berth-assignment", 160.0, "CT2 (36 of 36 h): CASPIAN-1 BAKU-FEEDER ASTANA-TRADER"),
    ])
    func mathProgMatchesGlpsol(name: String, optimum: Double, line: String) throws {
        let model = Self.models + "/\(name).mod"
        let data = Self.models + "/\(name).dat"
        let result = try MathProg.solve(model: model, data: [data])
        #expect(result.solution.status == .optimal)
        let objective = try #require(result.solution.objective)
        #expect(abs(objective - optimum) < 1e-9)
        #expect(result.output.contains(line))
        #expect(result.model.violation(of: result.solution.values) == nil)

        // glpsol on the same files, when it is installed (make test installs it).
        guard let glpsol = Self.glpsolObjective(model: model, data: data) else { return }
        #expect(abs(objective - glpsol) < 1e-6)
    }

    @Test func mathProgIntegerModelPostsolves() throws {
        let path = Self.temporary("mod")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try """
            set ITEMS := {"a", "b", "c", "d"};
            param value{ITEMS}; param weight{ITEMS};
            var take{ITEMS} binary;
            maximize total: sum{i in ITEMS} value[i] * take[i];
            s.t. capacity: sum{i in ITEMS} weight[i] * take[i] <= 14;
            solve;
            printf "taken:%s\\n", sum{i in ITEMS} take[i];
            data;
            param value := a 8 b 11 c 6 d 4;
            param weight := a 5 b 7 c 4 d 3;
            end;
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try MathProg.solve(model: path)
        #expect(result.solution.status == .optimal)
        #expect(result.solution.objective == 21)
        #expect(result.output.contains("taken:3"))
    }

    /// Branch-and-cut follows the order of GLPK's row lists, so a model read back from GLPK (a
    /// MathProg translation, a file) must load into the same lists: on a 10×100 assignment MIP a
    /// permuted copy took 3.4 s instead of 0.23 s. The GLPK-format file that glpsol writes for the
    /// translated model lists every row's entries in list order; ours must list them alike.
    @Test func readingBackKeepsGLPKsRowOrder() throws {
        let model = Self.models + "/berth-assignment.mod"
        let data = Self.models + "/berth-assignment.dat"
        guard let glpsol = Self.glpsol else { return }
        let theirs = Self.temporary("glpk")
        let ours = Self.temporary("glpk")
        defer { for path in [theirs, ours] { try? FileManager.default.removeItem(atPath: path) } }
        try Self.run(glpsol, ["--math", model, "-d", data, "--wglp", theirs])
        let translated = try MathProg.translate(model: model, data: [data])
        #expect(translated.objectiveName == "weighted_handling_hours")
        try translated.write(to: ours)
        // Entries of the constraint rows (row 1 is MathProg's objective row, which GLPK's
        // writer places differently once the problem is rebuilt), in the order written.
        func entries(_ path: String) throws -> [Substring] {
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
                .filter { $0.hasPrefix("a ") && !$0.hasPrefix("a 0 ") && !$0.hasPrefix("a 1 ") }
        }
        let expected = try entries(theirs)
        #expect(expected.count == 54)
        #expect(try entries(ours) == expected)
    }

    @Test func mathProgIntegerBoundsAreRoundedInward() throws {
        let path = Self.temporary("mod")
        defer { try? FileManager.default.removeItem(atPath: path) }
        // GLPK's branch-and-cut refuses fractional bounds on integer columns (GLP_EBOUND).
        try "var x integer, >= 0.5, <= 2.5;\nmaximize z: x;\nsolve;\nprintf \"x=%d\\n\", x;\nend;\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try MathProg.solve(model: path)
        #expect(result.solution.status == .optimal)
        #expect(result.solution.objective == 2)
        #expect(result.output.contains("x=2"))

        try "var x integer, >= 0.2, <= 0.8;\nminimize z: x;\nend;\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let empty = try MathProg.solve(model: path)
        #expect(empty.solution.status == .infeasible)
        #expect(empty.solution.message.contains("x has no whole number"))
    }

    @Test func mpsWithObjectiveSenseFromOtherTools() throws {
        let path = Self.temporary("mps")
        defer { try? FileManager.default.removeItem(atPath: path) }
        // As HiGHS and PuLP write it: free MPS with an OBJSENSE section, which GLPK rejects.
        try """
            NAME wyndor
            OBJSENSE
                MAX
            ROWS
             N profit
             L plant1
             L plant2
             L plant3
            COLUMNS
             x profit 3 plant1 1
             x plant3 3
             y profit 5 plant2 2
             y plant3 2
            RHS
             RHS plant1 4 plant2 12
             RHS plant3 18
            ENDATA
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let model = try Model.read(contentsOf: path)
        #expect(model.sense == .maximize)
        #expect(try GLPKSolver().solve(model).objective == 36)
    }

    @Test(arguments: [ModelFileFormat.cplexLP, .freeMPS, .fixedMPS, .glpk])
    func roundTripKeepsTheModel(format: ModelFileFormat) throws {
        let original = ContractCase.fixedCharge.model
        let path = Self.temporary(format.rawValue)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try original.write(to: path, format: format)
        let read = try Model.read(contentsOf: path, format: format)
        #expect(read.rowCount == original.rowCount)
        #expect(read.columnCount == original.columnCount)
        #expect(read.nonzeroCount == original.nonzeroCount)
        #expect(read.integerColumnCount == original.integerColumnCount)
        #expect(read.sense == original.sense)
        #expect(Set(read.columnNames) == Set(original.columnNames))
        #expect(try GLPKSolver().solve(read).objective == 23)
    }

    @Test func writingIsAtomic() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ContractCase.wyndor.model.write(to: folder + "/wyndor.lp")
        // Only the finished file is left; no temporary file beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["wyndor.lp"])
        #expect {
            try ContractCase.wyndor.model.write(to: folder + "/missing/wyndor.lp")
        } throws: { "\($0)".contains("cannot write") }
    }

    /// glpsol, when it is installed (`make test` installs it).
    static let glpsol = ["/usr/bin/glpsol", "/usr/local/bin/glpsol"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Runs `program` with `arguments`, its output discarded, and waits for it.
    static func run(_ program: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }

    /// Runs glpsol and reads "Objective:  cost = 153.675 (MINimum)" from its report.
    static func glpsolObjective(model: String, data: String) -> Double? {
        guard let glpsol else { return nil }
        let report = temporary("txt")
        defer { try? FileManager.default.removeItem(atPath: report) }
        guard (try? run(glpsol, ["--math", model, "-d", data, "-o", report])) != nil else {
            return nil
        }
        guard let text = try? String(contentsOfFile: report, encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Objective:") }),
            let equals = line.firstIndex(of: "=")
        else { return nil }
        return Double(line[line.index(after: equals)...].split(separator: " ").first ?? "")
    }
}
