// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorLP
import Foundation

/// `corridor flow`: min-cost flow networks in DIMACS format, by GLPK's out-of-kilter algorithm
/// or as a linear program.
struct FlowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flow",
        abstract: "Solve min-cost flow networks (DIMACS format).",
        subcommands: [Solve.self]
    )

    struct Solve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Solve a DIMACS min-cost flow file; print status, cost and non-zero arc flows.",
            discussion: """
                The file has a `p min NODES ARCS` line, `n NODE SUPPLY` lines (demand negative) \
                and `a FROM TO LOW CAP COST` lines, as GLPK's glp_read_mincost reads them. \
                Supplies must sum to 0; the out-of-kilter algorithm takes whole numbers only.
                """)

        @Argument(help: "The DIMACS min-cost flow file.")
        var file: String

        @Option(name: .long, help: "Algorithm.")
        var algorithm: FlowSolution.Algorithm = .outOfKilter

        @Option(name: .long, help: "Write the result as JSON to this file ('-' for standard output).")
        var json: String?

        func run() throws {
            let network = try FlowNetwork.read(dimacs: file)
            let solution = try GLPKSolver().solve(network, algorithm: algorithm)
            let report = FlowReport(network: network, solution: solution)
            if json != "-" { print(report.summary) }
            guard let json else { return }
            let data = try report.jsonData()
            if json == "-" {
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            } else {
                do {
                    try AtomicFile.write(data, to: json)
                } catch {
                    throw CLIError(
                        "cannot write \(json): \(error.localizedDescription)"
                            + " — check that its folder exists and is writable")
                }
            }
        }
    }
}

/// What `corridor flow solve` prints and writes.
struct FlowReport: Encodable {
    struct ArcFlow: Encodable {
        /// The arc's number, 1-based in the order read.
        let arc: Int
        let from: String
        let to: String
        let flow: Double
    }

    let status: String
    let message: String
    let algorithm: String
    let objective: Double?
    let seconds: Double
    let nodes: Int
    let arcs: Int
    /// Non-zero flows only.
    let flows: [ArcFlow]
    let potentials: [Double]

    init(network: FlowNetwork, solution: FlowSolution) {
        status = solution.status.rawValue
        message = solution.message
        algorithm = solution.algorithm.rawValue
        objective = solution.objective
        seconds = solution.seconds
        nodes = network.nodeCount
        arcs = network.arcCount
        flows = network.arcs.compactMap { arc in
            guard let flow = solution.flow(on: arc), flow != 0 else { return nil }
            return ArcFlow(
                arc: arc.index + 1, from: network.name(of: network.tails[arc.index]),
                to: network.name(of: network.heads[arc.index]), flow: flow)
        }
        potentials = solution.potentials
    }

    var summary: String {
        var lines = [
            "Status:     \(status)\(message.isEmpty ? "" : " (\(message))")",
            "Objective:  \(objective.map(Self.format) ?? "-")",
            "Algorithm:  \(algorithm)",
            "Time:       \(String(format: "%.3f", seconds)) s",
            "Network:    \(nodes) nodes, \(arcs) arcs",
        ]
        if !flows.isEmpty {
            lines.append("Flows (non-zero):")
            for flow in flows {
                lines.append("  a\(flow.arc)  \(flow.from) -> \(flow.to)  \(Self.format(flow.flow))")
            }
        }
        return lines.joined(separator: "\n")
    }

    func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// Whole numbers without a decimal point (flows and costs of DIMACS files are whole).
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
