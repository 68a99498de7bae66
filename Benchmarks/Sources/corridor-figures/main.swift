// SPDX-License-Identifier: GPL-3.0-or-later
//
// The figures of the closing note: build + load into GLPK of the 1M-nonzero transportation LP,
// its peak memory, and the ratios to a bare C glp_load_matrix and to PuLP, all measured in one run
// (the machine is shared, so the three are interleaved round by round); plus 10,000 build–solve–
// free cycles of a small model, to show memory stays flat.
//
// Every case runs in its own process so peak memory (VmHWM) is per case. `run-figures.sh` builds
// everything and calls:
//
//     corridor-figures --c-baseline PATH --pulp-script PATH [--rounds 3] [--reps 4]
//                      [--supplies 500 --markets 1000] [--cycles 10000] [--no-pulp]
//                      [--no-retained]
//
// Internal cases (what the driver starts):
//     corridor-figures case corridor SUPPLIES MARKETS REPS
//     corridor-figures case cycles COUNT

import CorridorBenchModels
import CorridorLP
import Foundation

// MARK: - Cases (one process each)

/// Build + load (+ free) of the transportation LP, `reps` times; prints
/// `rep build_s load_free_s drop_s` per repetition and then `peak_kib N`.
func corridorCase(supplies: Int, markets: Int, reps: Int) throws {
    let data = TransportationData(supplies: supplies, markets: markets)
    for _ in 0..<reps {
        let t0 = monotonicSeconds()
        var model: Model? = try data.buildModel()
        let t1 = monotonicSeconds()
        try GLPKSolver().load(model!)
        let t2 = monotonicSeconds()
        guard model!.nonzeroCount == data.nonzeros else {
            fatalError("built \(model!.nonzeroCount) nonzeros, expected \(data.nonzeros)")
        }
        model = nil
        let t3 = monotonicSeconds()
        print(String(format: "rep %.6f %.6f %.6f", t1 - t0, t2 - t1, t3 - t2))
        fflush(nil)
    }
    print("peak_kib \(procStatusKiB("VmHWM"))")
}

/// `count` cycles of: build a small named transportation LP (6 × 8), solve it with the dual
/// simplex, read the solution, free everything. Prints `cycle N rss_kib heap_bytes` after cycles
/// 1, 1,000 and `count` (and every 1,000 in between), then `peak_kib N`.
func cyclesCase(count: Int) throws {
    let data = TransportationData(supplies: 6, markets: 8)
    var objective = 0.0
    for cycle in 1...count {
        let model = try data.buildModel(named: true)
        let solution = try GLPKSolver().solve(model, options: SolveOptions(method: .dualSimplex))
        guard solution.status == .optimal, let value = solution.objective else {
            fatalError("cycle \(cycle): \(solution.status) \(solution.message)")
        }
        if cycle > 1, value != objective { fatalError("cycle \(cycle): objective changed") }
        objective = value
        if cycle == 1 || cycle % 1000 == 0 || cycle == count {
            print("cycle \(cycle) \(procStatusKiB("VmRSS")) \(heapBytesInUse())")
            fflush(nil)
        }
    }
    print("objective \(objective)")
    print("peak_kib \(procStatusKiB("VmHWM"))")
}

// MARK: - Driver

struct Options {
    var rounds = 3
    var reps = 4
    var supplies = 500
    var markets = 1000
    var cycles = 10_000
    var cBaseline = "Benchmarks/Baseline/load_matrix"
    var pulpScript = "Benchmarks/Baseline/pulp_build.py"
    var python = "python3"
    var pulp = true
    var retained = true
}

/// Output of one case process: its `rep` lines as numbers, and its peak.
struct CaseRun {
    var reps: [[Double]] = []
    var peakKiB = -1
    var lines: [String] = []
}

func selfPath() -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        ?? CommandLine.arguments[0]
}

func run(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil
) throws -> CaseRun {
    let process = Process()
    if let environment {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw FiguresError.caseFailed(([executable] + arguments).joined(separator: " "))
    }
    var result = CaseRun()
    for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
        result.lines.append(String(line))
        let fields = line.split(separator: " ")
        if fields.first == "rep" { result.reps.append(fields.dropFirst().compactMap { Double($0) }) }
        if fields.first == "peak_kib", fields.count > 1 { result.peakKiB = Int(fields[1]) ?? -1 }
    }
    return result
}

enum FiguresError: Error, CustomStringConvertible {
    case caseFailed(String)
    case usage(String)
    var description: String {
        switch self {
        case .caseFailed(let command): "a case failed: \(command)"
        case .usage(let message): message
        }
    }
}

func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// Collected samples of one measured quantity: the first repetition of each process ("cold": a
/// fresh process, as a program that builds one model sees it) and the others ("warm").
struct Samples {
    var cold: [Double] = []
    var warm: [Double] = []
    mutating func add(_ runs: [Double]) {
        guard let first = runs.first else { return }
        cold.append(first)
        warm.append(contentsOf: runs.dropFirst())
    }
    var all: [Double] { cold + warm }
}

/// glibc settings that keep freed memory in the process (no mmap for large blocks, no trimming).
let retainTunables = "glibc.malloc.mmap_threshold=4294967296:glibc.malloc.trim_threshold=4294967296"

/// Everything one regime measured.
struct Measurement {
    var corridorBuild = Samples(), corridorLoad = Samples(), corridorTotal = Samples()
    var cArrays = Samples(), cLoad = Samples(), cLoadFree = Samples(), cTotal = Samples()
    var pulpBuild = Samples(), pulpLP = Samples(), pulpMPS = Samples(), pulpRead = Samples()
    var corridorPeak = 0, cPeak = 0, pulpPeak = 0
}

/// Corridor, C (and PuLP) interleaved: `rounds` rounds, the order rotating each round.
func measure(_ options: Options, environment: [String: String]?, pulp: Bool) throws -> Measurement {
    let me = selfPath()
    let m = options.supplies, n = options.markets
    var r = Measurement()
    for round in 0..<options.rounds {
        var jobs: [() throws -> Void] = [
            {
                let result = try run(
                    me, ["case", "corridor", "\(m)", "\(n)", "\(options.reps)"], environment: environment)
                r.corridorBuild.add(result.reps.map { $0[0] })
                r.corridorLoad.add(result.reps.map { $0[1] })
                r.corridorTotal.add(result.reps.map { $0[0] + $0[1] })
                r.corridorPeak = max(r.corridorPeak, result.peakKiB)
            },
            {
                let result = try run(
                    options.cBaseline, ["\(m)", "\(n)", "\(options.reps)"], environment: environment)
                r.cArrays.add(result.reps.map { $0[0] })
                r.cLoad.add(result.reps.map { $0[1] })
                r.cLoadFree.add(result.reps.map { $0[1] + $0[2] })
                r.cTotal.add(result.reps.map { $0[0] + $0[1] + $0[2] })
                r.cPeak = max(r.cPeak, result.peakKiB)
            },
        ]
        if pulp {
            jobs.append {
                let result = try run(
                    "/usr/bin/env", [options.python, options.pulpScript, "\(m)", "\(n)", "1"],
                    environment: environment)
                r.pulpBuild.add(result.reps.map { $0[0] })
                r.pulpLP.add(result.reps.map { $0[0] + $0[1] })
                r.pulpMPS.add(result.reps.map { $0[0] + $0[2] })
                r.pulpRead.add(result.reps.filter { $0[3] >= 0 }.map { $0[0] + $0[1] + $0[3] })
                r.pulpPeak = max(r.pulpPeak, result.peakKiB)
            }
        }
        for index in jobs.indices { try jobs[(index + round) % jobs.count]() }
        fflush(nil)
        FileHandle.standardError.write("round \(round + 1)/\(options.rounds) done\n".data(using: .utf8)!)
    }
    return r
}

func report(_ r: Measurement, options: Options, pulp: Bool? = nil) {
    let pulp = pulp ?? options.pulp
    func row(_ label: String, _ samples: Samples, peak: Int? = nil) {
        let peakText = peak.map { String(format: "%8.1f", Double($0) / 1024) } ?? "        "
        func cell(_ value: Double) -> String {
            value.isNaN ? "        -" : String(format: "%9.3f", value)
        }
        print(
            label.padding(toLength: 58, withPad: " ", startingAt: 0)
                + "\(cell(median(samples.cold))) \(cell(median(samples.warm)))"
                + " \(cell(samples.all.min() ?? .nan)) " + peakText)
    }
    print("".padding(toLength: 58, withPad: " ", startingAt: 0) + "     cold      warm       min  peakMiB")
    row("Corridor: build Model (fast path)", r.corridorBuild)
    row("Corridor: load into GLPK + glp_delete_prob", r.corridorLoad)
    row("Corridor: build + load (+ delete)", r.corridorTotal, peak: r.corridorPeak)
    row("C: build triplet arrays", r.cArrays)
    row("C: create + bounds + objective + glp_load_matrix", r.cLoad)
    row("C: the same + glp_delete_prob", r.cLoadFree)
    row("C: arrays + load + delete", r.cTotal, peak: r.cPeak)
    if pulp {
        row("PuLP: build LpProblem", r.pulpBuild)
        row("PuLP: build + writeLP (GLPK_CMD's hand-over)", r.pulpLP, peak: r.pulpPeak)
        row("PuLP: build + writeMPS (CBC's hand-over)", r.pulpMPS)
        if !r.pulpRead.cold.isEmpty {
            row("PuLP: build + writeLP + glpsol reads it (GLPK_CMD)", r.pulpRead)
        }
    }
    print("")
    func ratio(_ label: String, _ a: Samples, _ b: Samples, target: String) {
        print(
            label.padding(toLength: 58, withPad: " ", startingAt: 0)
                + String(
                    format: "%8.2f× %8.2f×", median(a.cold) / median(b.cold),
                    median(a.warm.isEmpty ? a.cold : a.warm) / median(b.warm.isEmpty ? b.cold : b.warm))
                + "   " + target)
    }
    print("ratios".padding(toLength: 58, withPad: " ", startingAt: 0) + "     cold      warm")
    ratio("Corridor build+load ÷ C arrays+load (+delete both)", r.corridorTotal, r.cTotal, target: "target ≤ 1.5×")
    ratio("Corridor build+load ÷ C load alone (+delete both)", r.corridorTotal, r.cLoadFree, target: "target ≤ 1.5× (strict)")
    var cArraysLoad = r.cArrays
    cArraysLoad.cold = zip(r.cArrays.cold, r.cLoad.cold).map(+)
    cArraysLoad.warm = zip(r.cArrays.warm, r.cLoad.warm).map(+)
    ratio("Corridor build+load+delete ÷ C arrays+load, no delete", r.corridorTotal, cArraysLoad, target: "(C's delete not counted)")
    if pulp {
        // PuLP has one repetition per process: its runs are compared with Corridor's cold and warm.
        let once = { (s: Samples) in Samples(cold: s.cold, warm: s.cold) }
        ratio("PuLP build ÷ Corridor build+load", once(r.pulpBuild), r.corridorTotal, target: "target ≥ 20×")
        ratio("PuLP build+writeLP ÷ Corridor build+load", once(r.pulpLP), r.corridorTotal, target: "target ≥ 20×")
        ratio("PuLP build+writeMPS ÷ Corridor build+load", once(r.pulpMPS), r.corridorTotal, target: "target ≥ 20×")
        if !r.pulpRead.cold.isEmpty {
            ratio("PuLP build+writeLP+glpsol read ÷ Corridor build+load", once(r.pulpRead), r.corridorTotal, target: "target ≥ 20×")
        }
        print("(PuLP runs once per process: both PuLP columns use its fresh-process runs.)")
    }
}

func driver(_ options: Options) throws {
    let me = selfPath()
    let m = options.supplies, n = options.markets
    let arcs = m * n
    print("Corridor figures — \(Date())")
    print(
        "Model: transportation LP, \(m) supplies × \(n) markets: \(arcs) columns, \(m + n) rows,"
            + " \(2 * arcs) nonzeros (each arc in one supply row and one demand row), unnamed.")
    print(
        "Rounds: \(options.rounds), each: one Corridor process and one C process with \(options.reps)"
            + " repetitions each\(options.pulp ? ", one PuLP process with 1" : ""); order rotates.")
    print("")

    // Regime 1: as a program runs by default. GLPK's ~120 MB and the model's arrays are fresh
    // memory each time (glibc gives large freed blocks back to the kernel), so page faults are part
    // of every load, for C as for Corridor.
    let normal = try measure(options, environment: nil, pulp: options.pulp)
    print("seconds: 'cold' = median of each process's first repetition (a program that builds one")
    print("model), 'warm' = median of the later ones; min over all; peak MiB = VmHWM of the process")
    report(normal, options: options)

    // Regime 2: glibc keeps freed memory (no page faults after the first repetition), which leaves
    // the CPU work of building and loading: the harder test for the Swift side.
    if options.retained {
        print("")
        print("The same with GLIBC_TUNABLES=\(retainTunables)")
        print("(glibc keeps freed memory, so warm repetitions pay no page faults: what is left is")
        print("CPU work; no PuLP):")
        let retained = try measure(
            options, environment: ["GLIBC_TUNABLES": retainTunables], pulp: false)
        report(retained, options: options, pulp: false)
    }

    if options.cycles > 0 {
        print("")
        print("\(options.cycles) build–solve–free cycles of a named 6×8 transportation LP (dual simplex):")
        let result = try run(me, ["case", "cycles", "\(options.cycles)"])
        var first: (rss: Int, heap: Int)?
        var atThousand: (rss: Int, heap: Int)?
        var last: (rss: Int, heap: Int)?
        for line in result.lines where line.hasPrefix("cycle ") {
            let fields = line.split(separator: " ").map { Int($0) ?? -1 }
            let cycle = fields[1], rss = fields[2], heap = fields[3]
            if first == nil { first = (rss, heap) }
            if cycle == 1000 { atThousand = (rss, heap) }
            if cycle == 1 || cycle == 1000 || cycle == options.cycles {
                print(
                    String(
                        format: "  cycle %6d: RSS %8.1f MiB (%+6d KiB since cycle 1), malloc heap in use %9d B (%+d B)",
                        cycle, Double(rss) / 1024, rss - first!.rss, heap, heap - first!.heap))
            }
            last = (rss, heap)
        }
        if let atThousand, let last {
            print(
                "  from cycle 1,000 to \(options.cycles): RSS \(last.rss - atThousand.rss >= 0 ? "+" : "")"
                    + "\(last.rss - atThousand.rss) KiB, malloc heap \(last.heap - atThousand.heap >= 0 ? "+" : "")"
                    + "\(last.heap - atThousand.heap) B"
                    + (last.rss == atThousand.rss && last.heap == atThousand.heap ? " (flat)" : ""))
        }
        print("  peak \(String(format: "%.1f", Double(result.peakKiB) / 1024)) MiB")
    }
}

// MARK: - Arguments

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    if arguments.first == "case" {
        let numbers = arguments.dropFirst(2).compactMap { Int($0) }
        switch (arguments.dropFirst().first, numbers.count) {
        case ("corridor", 3): try corridorCase(supplies: numbers[0], markets: numbers[1], reps: numbers[2])
        case ("cycles", 1): try cyclesCase(count: numbers[0])
        default: throw FiguresError.usage("usage: corridor-figures case corridor M N REPS | case cycles COUNT")
        }
    } else {
        var options = Options()
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            func value() throws -> String {
                guard let value = rest.popFirst() else { throw FiguresError.usage("\(flag) needs a value") }
                return value
            }
            func number() throws -> Int {
                guard let number = Int(try value()), number >= 0 else {
                    throw FiguresError.usage("\(flag) needs a whole number ≥ 0")
                }
                return number
            }
            switch flag {
            case "--rounds": options.rounds = max(try number(), 1)
            case "--reps": options.reps = max(try number(), 1)
            case "--supplies": options.supplies = max(try number(), 1)
            case "--markets": options.markets = max(try number(), 1)
            case "--cycles": options.cycles = try number()
            case "--c-baseline": options.cBaseline = try value()
            case "--pulp-script": options.pulpScript = try value()
            case "--python": options.python = try value()
            case "--no-pulp": options.pulp = false
            case "--no-retained": options.retained = false
            default: throw FiguresError.usage("unknown option \(flag)")
            }
        }
        try driver(options)
    }
} catch {
    FileHandle.standardError.write("corridor-figures: \(error)\n".data(using: .utf8)!)
    exit(1)
}
