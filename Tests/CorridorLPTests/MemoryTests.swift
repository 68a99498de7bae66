// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation
import Testing

@Suite("Memory")
struct MemoryTests {
    /// 10,000 build–solve–free cycles keep the resident set flat: a leaked GLPK problem of this
    /// size costs several kilobytes a cycle, tens of megabytes in all.
    /// It runs in a child process of its own (an exit test), so that no other suite running in
    /// parallel moves the resident set it measures.
    @Test func buildSolveFreeCyclesKeepMemoryFlat() async {
        await #expect(processExitsWith: .success) {
            func cycle() throws {
                var model = ContractCase.knapsack.model
                try model.addConstraint(LinearExpression(model.variables[0]) <= 1, name: "extra")
                let solution = try GLPKSolver().solve(model)
                #expect(solution.objective == 21)
            }
            for _ in 0..<1_000 { try cycle() }  // warm up allocator pools
            let before = MemoryTests.residentBytes()
            for _ in 0..<10_000 { try cycle() }
            let growth = MemoryTests.residentBytes() - before
            #expect(growth < 8 << 20, "resident memory grew by \(growth >> 10) KiB")
        }
    }

    /// VmRSS from /proc/self/status, in bytes.
    static func residentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kilobytes = Int(line.split(separator: " ")[1])
        else { return 0 }
        return kilobytes << 10
    }
}
