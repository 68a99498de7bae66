// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import CorridorScenario
import CorridorYard
import Foundation
import Testing

/// The figures of the yard issue: a two-week yard of 12-hour periods, 40 blocks and 300 flows
/// (seeded), solved as an LP and with `max_blocks` as a MIP. Run with
/// `CORRIDOR_YARD_FIGURES=1 swift test -c release --filter FiguresTests` (the timings mean
/// something in release mode only); without the variable the suite checks a smaller size.
@Suite("Yard figures")
struct FiguresTests {
    static let enabled = ProcessInfo.processInfo.environment["CORRIDOR_YARD_FIGURES"] == "1"

    /// With `CORRIDOR_YARD_FIGURES_OUT=DIR`, writes the figure yards as scenario files
    /// (`yard-40x300-seed1.yaml`, `…-maxblocks2.yaml`) for timing the release-built `corridor`.
    @Test("the figure yards as scenario files, read back to the same problem")
    func scenarioFiles() throws {
        let folder = ProcessInfo.processInfo.environment["CORRIDOR_YARD_FIGURES_OUT"]
        for seed in UInt64(1)...3 {
            for maxBlocks in [nil, 2] as [Int?] {
                let problem = YardGenerator.problem(seed: seed, days: 14, blocks: 40, flows: 300, maxBlocks: maxBlocks)
                let name = "yard-40x300-seed\(seed)" + (maxBlocks == nil ? "" : "-maxblocks2")
                let text = YardGenerator.scenarioYAML(problem, name: name)
                let read = try YardScenarios.load(text, file: "\(name).yaml").input.problem
                #expect(read == problem)
                if let folder {
                    try text.write(toFile: "\(folder)/\(name).yaml", atomically: true, encoding: .utf8)
                }
            }
        }
    }

    @Test("two weeks, 12-hour periods, 40 blocks, 300 flows: LP, then MIP with max_blocks")
    func figures() throws {
        let blocks = Self.enabled ? 40 : 10
        let flows = Self.enabled ? 300 : 60
        let clock = ContinuousClock()
        for seed in UInt64(1)...(Self.enabled ? 3 : 1) {
            let lp = YardGenerator.problem(seed: seed, days: 14, blocks: blocks, flows: flows)
            let started = clock.now
            let lpPlan = try lp.solve()
            let lpSeconds = (clock.now - started).seconds
            #expect(lpPlan.status == .optimal)
            #expect(PlanChecker.violations(of: lpPlan, for: lp).isEmpty)

            let mip = YardGenerator.problem(seed: seed, days: 14, blocks: blocks, flows: flows, maxBlocks: 2)
            let mipStarted = clock.now
            let mipPlan = try mip.solve(options: SolveOptions(timeLimit: .seconds(60)))
            let mipSeconds = (clock.now - mipStarted).seconds
            #expect(mipPlan.status.hasSolution)
            #expect(PlanChecker.violations(of: mipPlan, for: mip).isEmpty)

            let capacityStarted = clock.now
            let capacity = try lp.capacity()
            let capacitySeconds = (clock.now - capacityStarted).seconds
            print(
                """
                yard figures seed \(seed): \(lp.periodCount) periods, \(blocks) blocks, \(flows) flows
                  LP   \(lpPlan.model.rows) rows, \(lpPlan.model.columns) columns, \(lpPlan.model.nonzeros) nonzeros: \
                \(String(format: "%.3f", lpSeconds)) s (build + solve + reasons), objective \(lpPlan.objective!), \
                overflow \(lpPlan.overflowTEU) TEU
                  MIP  max_blocks 2, \(mipPlan.model.integerColumns) binaries: \(String(format: "%.3f", mipSeconds)) s, \
                status \(mipPlan.status.rawValue), gap \(String(format: "%.4g", (mipPlan.gap ?? .nan) * 100)) %, \
                objective \(mipPlan.objective ?? .nan), bound \(mipPlan.bound ?? .nan)
                  capacity LP: scale \(capacity.demandScaleMax ?? .nan) in \(String(format: "%.3f", capacitySeconds)) s
                """)
        }
    }
}
