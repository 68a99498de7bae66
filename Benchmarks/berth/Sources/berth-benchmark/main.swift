// SPDX-License-Identifier: GPL-3.0-or-later
//
// berth-benchmark [--time-limit S] [--csv PATH] [--reference CSV] [--highs] [--highs-time-limit S]
//                 [--only PREFIX,...] PATH...
//
// Solves every DBAP text instance (*.txt) under PATH with Corridor's berth model, one at a time,
// and prints a table row as each finishes, then a summary; --csv writes the same rows as CSV.
// --reference checks each result against proven values (an optimum must match exactly, no plan
// may beat a proven lower bound). --highs also solves the plain time-indexed MIP of the same
// instance with HiGHS (python3 + highspy, one thread) for a side-by-side figure.

import CorridorBerth
import CorridorLP
import Foundation

struct Options {
    var timeLimit = 60.0
    var highsTimeLimit: Double?
    var csv: String?
    var reference: String?
    var highs = false
    var verbose = false
    var only: [String] = []
    var paths: [String] = []
}

func parseOptions() -> Options {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst()
    func value(_ name: String) -> String {
        guard let value = arguments.popFirst() else {
            FileHandle.standardError.write("berth-benchmark: \(name) needs a value\n".data(using: .utf8)!)
            exit(2)
        }
        return value
    }
    while let argument = arguments.popFirst() {
        switch argument {
        case "--time-limit": options.timeLimit = Double(value(argument)) ?? 60
        case "--highs-time-limit": options.highsTimeLimit = Double(value(argument))
        case "--csv": options.csv = value(argument)
        case "--reference": options.reference = value(argument)
        case "--highs": options.highs = true
        case "--verbose": options.verbose = true
        case "--only": options.only = value(argument).split(separator: ",").map(String.init)
        case "--help", "-h":
            print("usage: berth-benchmark [--time-limit S] [--csv PATH] [--reference CSV] [--highs] [--highs-time-limit S] [--only PREFIX,...] PATH...")
            exit(0)
        default: options.paths.append(argument)
        }
    }
    if options.paths.isEmpty {
        FileHandle.standardError.write("berth-benchmark: give a folder or file of DBAP instances (--help)\n".data(using: .utf8)!)
        exit(2)
    }
    return options
}

struct Reference {
    var best: Double
    var lowerBound: Double
    var proven: Bool
}

func readReferences(_ path: String?) -> [String: Reference] {
    guard let path, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
    var references: [String: Reference] = [:]
    for line in text.split(separator: "\n").dropFirst() {
        let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard cells.count >= 4, let best = Double(cells[1]), let bound = Double(cells[2]) else { continue }
        references[cells[0]] = Reference(best: best, lowerBound: bound, proven: cells[3] == "yes")
    }
    return references
}

func instanceFiles(_ paths: [String], only: [String]) -> [String] {
    var files: [String] = []
    for path in paths {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
        if isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            files += names.filter { $0.hasSuffix(".txt") }.sorted().map { "\(path)/\($0)" }
        } else {
            files.append(path)
        }
    }
    return files.filter { file in
        only.isEmpty || only.contains { ((file as NSString).lastPathComponent).hasPrefix($0) }
    }
}

/// The check against the reference values: "ok", "MISMATCH ...", or "-" when there is none.
func check(_ result: BerthResult, _ reference: Reference?) -> String {
    guard let reference else { return "-" }
    var problems: [String] = []
    if let objective = result.objective, objective < reference.lowerBound - 1e-6 {
        problems.append("objective below proven bound \(reference.lowerBound)")
    }
    if let bound = result.bound, bound > reference.best + 1e-6 {
        problems.append("bound above known plan \(reference.best)")
    }
    if result.status == .optimal, reference.proven, let objective = result.objective,
        abs(objective - reference.best) > 1e-6
    {
        problems.append("optimum \(objective) ≠ proven \(reference.best)")
    }
    return problems.isEmpty ? "ok" : "MISMATCH: " + problems.joined(separator: "; ")
}

struct HighsOutcome {
    var status = "-"
    var objective: Double?
    var bound: Double?
    var seconds: Double?
}

/// HiGHS on the plain time-indexed MIP, through a small Python script next to this package.
func runHighs(_ problem: BerthProblem, name: String, timeLimit: Double) -> HighsOutcome {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("berth-highs-\(getpid())")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent("\(name).mps").path
    do {
        let model = try problem.plainTimeIndexedModel()
        try model.write(to: file, format: .freeMPS)
    } catch {
        return HighsOutcome(status: "error: \(error)")
    }
    defer { try? FileManager.default.removeItem(atPath: file) }
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("highs_solve.py").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, file, String(timeLimit)]
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { return HighsOutcome(status: "error: \(error)") }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    var outcome = HighsOutcome()
    for line in text.split(separator: "\n") {
        let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { continue }
        switch parts[0] {
        case "status": outcome.status = parts[1]
        case "objective": outcome.objective = Double(parts[1])
        case "bound": outcome.bound = Double(parts[1])
        case "seconds": outcome.seconds = Double(parts[1])
        default: break
        }
    }
    return outcome
}

func text(_ value: Double?, decimals: Int = 0) -> String {
    guard let value, value.isFinite else { return "-" }
    return String(format: "%.\(decimals)f", value)
}

func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

let options = parseOptions()
let references = readReferences(options.reference)
let files = instanceFiles(options.paths, only: options.only)
var csv = "instance,vessels,berths,objective,bound,gap,seconds,status,reference_best,reference_bound,check"
if options.highs { csv += ",highs_status,highs_objective,highs_bound,highs_gap,highs_seconds" }
csv += "\n"
@MainActor func writeCSV() {
    if let path = options.csv { try? csv.write(toFile: path, atomically: true, encoding: .utf8) }
}
print("time limit \(options.timeLimit) s per instance, \(files.count) instances")
var header = "instance        objective      bound    gap%   seconds  status    reference  check"
if options.highs { header += "   | HiGHS status  objective  bound  gap%  seconds" }
print(header)
var results: [(name: String, result: BerthResult, check: String, highs: HighsOutcome?)] = []
for file in files {
    let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    guard let contents = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
    let problem: BerthProblem
    do { problem = try BerthProblem(dbapText: contents) } catch {
        print("\(name): \(error)")
        continue
    }
    let result: BerthResult
    do {
        result = try problem.solve(options: BerthSolveOptions(timeLimit: .milliseconds(Int64(options.timeLimit * 1000))))
    } catch {
        print("\(name): \(error)")
        continue
    }
    let reference = references[name]
    let verdict = check(result, reference)
    var highs: HighsOutcome? = nil
    if options.highs { highs = runHighs(problem, name: name, timeLimit: options.highsTimeLimit ?? options.timeLimit) }
    var row = name.padding(toLength: 14, withPad: " ", startingAt: 0)
    row += text(result.objective).leftPad(11) + text(result.bound).leftPad(11)
    row += text(result.gap.map { $0 * 100 }, decimals: 2).leftPad(8) + text(result.seconds, decimals: 1).leftPad(10)
    row += "  " + result.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
    row += text(reference?.best).leftPad(10) + "  " + verdict
    var line = "\(name),\(problem.vessels.count),\(problem.berths.count),\(text(result.objective)),\(text(result.bound)),"
    line += "\(text(result.gap, decimals: 6)),\(text(result.seconds, decimals: 3)),\(result.status.rawValue),"
    line += "\(text(reference?.best)),\(text(reference?.lowerBound)),\(verdict)"
    if let highs {
        let gap = highs.objective.flatMap { o in highs.bound.map { b in abs(o - b) / max(abs(o), 1e-9) } }
        row += "   | \(highs.status.padding(toLength: 12, withPad: " ", startingAt: 0))" + text(highs.objective).leftPad(10)
            + text(highs.bound).leftPad(8) + text(gap.map { $0 * 100 }, decimals: 2).leftPad(7) + text(highs.seconds, decimals: 1).leftPad(8)
        line += ",\(highs.status),\(text(highs.objective)),\(text(highs.bound)),\(text(gap, decimals: 6)),\(text(highs.seconds, decimals: 3))"
    }
    print(row)
    if options.verbose { for entry in result.log { print("    \(entry)") } }
    fflush(nil)
    csv += line + "\n"
    writeCSV()
    results.append((name, result, verdict, highs))
}
let optimal = results.filter { $0.result.status == .optimal }.count
let gaps = results.compactMap { $0.result.gap }
let seconds = results.map(\.result.seconds)
print("")
print("Corridor: \(optimal) of \(results.count) proven optimal; mean gap \(text(gaps.isEmpty ? nil : gaps.reduce(0, +) / Double(gaps.count) * 100, decimals: 3)) %;"
    + " median \(text(median(seconds), decimals: 2)) s, max \(text(seconds.max(), decimals: 2)) s;"
    + " reference checks: \(results.filter { $0.check == "ok" }.count) ok, \(results.filter { $0.check.hasPrefix("MISMATCH") }.count) mismatches")
if options.highs {
    let highs = results.compactMap(\.highs)
    let proven = highs.filter { $0.status == "optimal" }.count
    let highsGaps = highs.compactMap { h in h.objective.flatMap { o in h.bound.map { b in abs(o - b) / max(abs(o), 1e-9) } } }
    let highsSeconds = highs.compactMap(\.seconds)
    print("HiGHS (plain time-indexed MIP): \(proven) of \(highs.count) proven optimal; mean gap \(text(highsGaps.isEmpty ? nil : highsGaps.reduce(0, +) / Double(highsGaps.count) * 100, decimals: 3)) %;"
        + " median \(text(median(highsSeconds), decimals: 2)) s, max \(text(highsSeconds.max(), decimals: 2)) s")
}
writeCSV()

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? " " + self : String(repeating: " ", count: width - count) + self }
}
