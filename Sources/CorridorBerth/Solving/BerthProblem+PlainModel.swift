// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

extension BerthProblem {
    /// The plain time-indexed MIP of this problem: a binary column for every feasible (vessel,
    /// berth, start), an unserved column per vessel that may be left out, one `served_once` row
    /// per vessel and one `one_vessel_at_a_time` row per berth and step where two vessels compete.
    /// No start is dropped: this is the model other solvers (HiGHS, glpsol) get in the
    /// benchmark's side-by-side figure; ``solve(options:using:)`` solves a much smaller one.
    public func plainTimeIndexedModel() throws(BerthError) -> Model {
        let issues = validationIssues()
        guard issues.isEmpty else { throw .invalidProblem(BerthProblemError(issues: issues)) }
        let instance = BerthInstance(checked: self)
        let free = instance.freeWindows(blocks: instance.fixedBlocks)
        var calls: [Call] = []
        for i in 0..<instance.vesselCount {
            for k in 0..<instance.berthCount {
                for range in instance.startRanges(i, k, in: instance.fixed[i] == nil ? free[k] : instance.windows[k]) {
                    for t in range { calls.append(Call(i, k, t)) }
                }
            }
        }
        let unserved: [Double?] = (0..<instance.vesselCount).map { instance.fixed[$0] == nil ? instance.unservedCost[$0] : nil }
        do {
            return try BerthFormulation(instance: instance, calls: calls, unservedCost: unserved, integer: true, everyStep: false).model
        } catch {
            throw .solver(.invalidModel(error))
        }
    }
}
