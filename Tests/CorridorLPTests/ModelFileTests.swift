// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation
import Testing

/// Model files that mean the same to Corridor, glpsol and HiGHS: objective constants, OBJSENSE,
/// line numbers, comments GLPK did not write, long MathProg names.
@Suite("Model files mean the same everywhere")
struct ModelFileTests {
    static func temporary(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("files-\(UUID().uuidString).\(suffix)").path
    }

    static func write(_ text: String, _ suffix: String) throws -> String {
        let path = temporary(suffix)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// min x + 2y + 10 subject to x + y ≥ 1: optimum 11 (x = 1).
    static func minimizeWithConstant() throws -> Model {
        var model = Model(name: "constant")
        let x = try model.addVariable("x")
        let y = try model.addVariable("y")
        try model.addConstraint(x + y >= 1, name: "c")
        try model.minimize(x + 2 * y + 10)
        return model
    }

    /// Wyndor with a constant: max 3x + 5y + 7, optimum 43.
    static func maximizeWithConstant() throws -> Model {
        var model = Model(name: "wyndor")
        let x = try model.addVariable("x")
        let y = try model.addVariable("y")
        try model.addConstraint(x <= 4, name: "plant1")
        try model.addConstraint(2 * y <= 12, name: "plant2")
        try model.addConstraint(3 * x + 2 * y <= 18, name: "plant3")
        try model.maximize(3 * x + 5 * y + 7)
        return model
    }

    static let cases: [(String, Double)] = [("minimize", 11), ("maximize", 43)]
    static func model(_ name: String) throws -> Model {
        name == "minimize" ? try minimizeWithConstant() : try maximizeWithConstant()
    }

    // MARK: Objective constant

    @Test(arguments: [ModelFileFormat.freeMPS, .fixedMPS, .cplexLP], cases)
    func constantSurvivesTheRoundTrip(format: ModelFileFormat, example: (String, Double)) throws {
        let original = try Self.model(example.0)
        let path = Self.temporary(format.rawValue)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try original.write(to: path, format: format)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(format == .fixedMPS ? ModelFileConventions.fixedMPSObjectiveConstantColumn : ModelFileConventions.objectiveConstantColumn))

        let read = try Model.read(contentsOf: path, format: format)
        #expect(read.objectiveConstant == original.objectiveConstant)
        #expect(read.columnCount == original.columnCount)
        #expect(read.sense == original.sense)
        #expect(try GLPKSolver().solve(read).objective == example.1)

        if let glpsol = try Glpsol.objective(path, format: format) {
            #expect(abs(glpsol - example.1) < 1e-9, "glpsol read \(format.rawValue) as \(glpsol)")
        }
    }

    @Test(
        .enabled(if: HiGHS.isAvailable, "highspy is not importable: pip install highspy"),
        arguments: [ModelFileFormat.freeMPS, .cplexLP], cases)
    func highsReadsTheSameObjective(format: ModelFileFormat, example: (String, Double)) throws {
        let path = Self.temporary(format == .cplexLP ? "lp" : "mps")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.model(example.0).write(to: path, format: format)
        let objective = try #require(try HiGHS.objective(path))
        #expect(abs(objective - example.1) < 1e-9, "HiGHS read \(format.rawValue) as \(objective)")
    }

    /// `lp convert model.mod out.mps` dropped the constant (GLPK's MPS writer takes MathProg's
    /// free objective row for the objective).
    @Test(arguments: [ModelFileFormat.freeMPS, .cplexLP])
    func mathProgConversionKeepsTheConstant(format: ModelFileFormat) throws {
        let mod = try Self.write(
            "var x >= 0;\nvar y >= 0;\nminimize obj: x + 2*y + 10;\ns.t. c: x + y >= 1;\nend;\n",
            "mod")
        let out = Self.temporary(format == .cplexLP ? "lp" : "mps")
        defer { for path in [mod, out] { try? FileManager.default.removeItem(atPath: path) } }
        #expect(try MathProg.solve(model: mod).solution.objective == 11)
        try MathProg.translate(model: mod).write(to: out, format: format)
        #expect(try GLPKSolver().solve(try Model.read(contentsOf: out, format: format)).objective == 11)
        if let glpsol = try Glpsol.objective(out, format: format) { #expect(glpsol == 11) }
    }

    @Test func onlyTheConstantColumnIsFolded() throws {
        // In a row, or not fixed at 1: an ordinary column that happens to have the name.
        for (bounds, row) in [("OBJ_CONSTANT = 1", " c2: OBJ_CONSTANT >= 0\n"), ("OBJ_CONSTANT = 2", "")] {
            let path = try Self.write(
                "Minimize\n obj: x + 3 OBJ_CONSTANT\nSubject To\n c: x >= 1\n\(row)Bounds\n \(bounds)\nEnd\n",
                "lp")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let model = try Model.read(contentsOf: path)
            #expect(model.columnCount == 2)
            #expect(model.objectiveConstant == 0)
        }
        var clash = try Self.minimizeWithConstant()
        try clash.addVariable("OBJ_CONSTANT")
        #expect(throws: SolverError.self) { try clash.write(to: Self.temporary("lp")) }
    }

    // MARK: LP comments

    /// A constant comment counts only in a file glpsol wrote, and only as a finite number.
    @Test func lpConstantCommentNeedsGLPKsHeaderAndAFiniteNumber() throws {
        let body = "Minimize\n obj: + x\n\\* constant term = 5 *\\\n\nSubject To\n c: + x >= 4\n\nEnd\n"
        let foreign = try Self.write(body, "lp")
        let glpk = try Self.write("\\* Problem: p *\\\n\n" + body, "lp")
        let nan = try Self.write("\\* Problem: p *\\\n\n" + body.replacingOccurrences(of: "= 5", with: "= nan"), "lp")
        defer { for path in [foreign, glpk, nan] { try? FileManager.default.removeItem(atPath: path) } }
        #expect(try GLPKSolver().solve(try Model.read(contentsOf: foreign)).objective == 4)
        #expect(try GLPKSolver().solve(try Model.read(contentsOf: glpk)).objective == 9)
        let solution = try GLPKSolver().solve(try Model.read(contentsOf: nan))
        #expect(solution.objective == 4)
        if let glpsol = try Glpsol.objective(foreign, format: .cplexLP) { #expect(glpsol == 4) }
    }

    // MARK: OBJSENSE

    static let mpsWithSense = """
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

        """

    @Test func objectiveSenseKeepsLineNumbers() throws {
        // Line 11 ("x plant3 3") gets a value GLPK cannot read; GLPK was told line 9 when the
        // two OBJSENSE lines were cut out.
        let broken = Self.mpsWithSense.replacingOccurrences(of: "x plant3 3", with: "x plant3 three")
        let path = try Self.write(broken, "mps")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: SolverError.self) { try Model.read(contentsOf: path, format: .freeMPS) }
        do {
            _ = try Model.read(contentsOf: path, format: .freeMPS)
        } catch {
            #expect("\(error)".contains("\(path):11:"), "\(error)")
        }
    }

    @Test func objectiveSenseInCRLFFile() throws {
        let path = try Self.write(Self.mpsWithSense.replacingOccurrences(of: "\n", with: "\r\n"), "mps")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let model = try Model.read(contentsOf: path)
        #expect(model.sense == .maximize)
        #expect(try GLPKSolver().solve(model).objective == 36)
    }

    // MARK: Long MathProg names

    /// GLPK cuts names to 255 bytes; eight columns whose names differ only after 270 characters
    /// gave four distinct names (MathProg's string literals hold at most 100 characters, so the
    /// long name is made of three indices).
    @Test func longMathProgNamesStayUnique() throws {
        let words = ["a", "b", "c"].map { "\"" + String(repeating: $0, count: 90) + "\"" }
        let mod = try Self.write(
            "set A := {\(words[0])};\nset B := {\(words[1])};\nset C := {\(words[2])};\n"
                + "set S := 1..8;\nvar x{A, B, C, S} >= 0, <= 1;\n"
                + "maximize total: sum{a in A, b in B, c in C, s in S} x[a, b, c, s];\n"
                + "s.t. cap{a in A, b in B, c in C, s in S}: x[a, b, c, s] <= 1;\nend;\n", "mod")
        defer { try? FileManager.default.removeItem(atPath: mod) }
        let result = try MathProg.solve(model: mod)
        #expect(result.solution.objective == 8)
        let columns = result.model.columnNames
        #expect(columns.count == 8)
        #expect(Set(columns).count == 8)
        #expect(columns.allSatisfy { $0.utf8.count <= 255 })
        #expect(columns.dropFirst().allSatisfy { $0.hasSuffix("~\(columns.firstIndex(of: $0)! + 1)") })
        let rows = result.model.rowNames
        #expect(Set(rows).count == rows.count)
        // The model can be written and read back under those names (in GLPK's format: the LP
        // writer replaces names CPLEX LP cannot hold).
        let glpk = Self.temporary("glpk")
        defer { try? FileManager.default.removeItem(atPath: glpk) }
        try result.model.write(to: glpk)
        #expect(try Model.read(contentsOf: glpk).columnNames == columns)
    }
}

/// glpsol, when installed (the Makefile's test set-up installs it): its objective for a file.
enum Glpsol {
    static let path = ["/usr/bin/glpsol", "/usr/local/bin/glpsol"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static func objective(_ file: String, format: ModelFileFormat) throws -> Double? {
        guard let path else { return nil }
        let flag =
            switch format {
            case .freeMPS: "--freemps"
            case .fixedMPS: "--mps"
            case .cplexLP: "--lp"
            case .glpk: "--glp"
            }
        let report = ModelFileTests.temporary("txt")
        let copy = ModelFileTests.temporary("mps")
        defer { for path in [report, copy] { try? FileManager.default.removeItem(atPath: path) } }
        var arguments = [flag, file, "-o", report]
        // glpsol rejects OBJSENSE: give it the file without that section and --max instead.
        let model = try String(contentsOfFile: file, encoding: .utf8)
        if format != .cplexLP, model.contains("OBJSENSE\n    MAX\n") {
            try model.replacingOccurrences(of: "OBJSENSE\n    MAX\n", with: "")
                .write(toFile: copy, atomically: true, encoding: .utf8)
            arguments = [flag, copy, "--max", "-o", report]
        }
        _ = try Subprocess.run(path, arguments)
        let text = try String(contentsOfFile: report, encoding: .utf8)
        // "Objective:  obj = 11 (MINimum)"
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Objective:") }),
            let equals = line.firstIndex(of: "=")
        else { return nil }
        return Double(line[line.index(after: equals)...].split(separator: " ").first ?? "")
    }
}

/// HiGHS through highspy, when it is importable (CI has it only if its set-up installs it).
enum HiGHS {
    static let isAvailable: Bool =
        (try? Subprocess.run("/usr/bin/env", ["python3", "-c", "import highspy"]).status) == 0

    static func objective(_ file: String) throws -> Double? {
        let script = """
            import sys, highspy
            h = highspy.Highs(); h.setOptionValue("output_flag", False)
            h.readModel(sys.argv[1]); h.run()
            print("objective", h.getInfo().objective_function_value)
            """
        let run = try Subprocess.run("/usr/bin/env", ["python3", "-c", script, file])
        guard let line = run.output.split(separator: "\n").last(where: { $0.hasPrefix("objective ") })
        else { return nil }
        return Double(line.dropFirst("objective ".count))
    }
}

/// Runs a program to its end; its standard output is returned, standard error discarded.
enum Subprocess {
    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("subprocess-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: output, encoding: .utf8))
    }
}
