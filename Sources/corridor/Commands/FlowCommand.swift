// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorKit
import CorridorSupport
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

        @OptionGroup var output: ReportOptions

        func run() throws {
            let network = try FlowNetwork.read(dimacs: file)
            let solution = try GLPKSolver().solve(network, algorithm: algorithm)
            let report = FlowReport(network: network, solution: solution)
            output.show(report.summary)
            try output.write(report.json)
        }
    }
}

/// What `corridor flow solve` prints and writes.
struct FlowReport {
    struct ArcFlow {
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

    /// The JSON, written by the same ``JSONValue`` writer as every result.
    var json: JSONValue {
        .object([
            ("status", .string(status)),
            ("message", .string(message)),
            ("algorithm", .string(algorithm)),
            ("objective", .number(objective)),
            ("seconds", .number(seconds)),
            ("nodes", .integer(nodes)),
            ("arcs", .integer(arcs)),
            (
                "flows",
                .array(
                    flows.map {
                        .object([
                            ("arc", .integer($0.arc)), ("from", .string($0.from)), ("to", .string($0.to)),
                            ("flow", .number($0.flow)),
                        ])
                    })
            ),
            ("potentials", .array(potentials.map { .number($0) })),
        ])
    }

    private static func format(_ value: Double) -> String { NumberText.format(value) }
}
