// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario

extension BerthKind {
    /// The scenario as data for `Models/berth.mod`, on the step grid: etas rounded up to a step,
    /// handling times in whole steps (0 where the vessel cannot use the berth), each berth's
    /// availability per step, committed calls, and the cost parameters of the objective.
    public static func mathProgData(_ input: Input) -> String? {
        let problem = input.problem
        guard problem.validationIssues().isEmpty else { return nil }
        let instance = BerthInstance(checked: problem)
        let T = instance.horizonSteps
        func name(_ id: String) -> String { "'" + id.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'" }
        func number(_ x: Double) -> String { x.hoursText }
        var lines: [String] = ["# Data for berth.mod, written by `corridor mathprog-data`.", "data;", ""]
        lines.append("set V := \(problem.vessels.map { name($0.id) }.joined(separator: " "));")
        lines.append("set B := \(problem.berths.map { name($0.id) }.joined(separator: " "));")
        lines.append("param T := \(T);")
        lines.append("param step := \(number(instance.stepHours));")
        lines.append("param H := \(number(problem.horizonHours));")
        lines.append("")
        lines.append("param: eta earliest latest_end w tw due penalty is_fixed :=")
        for (i, vessel) in problem.vessels.enumerated() {
            let penalty = vessel.unservedPenalty ?? (vessel.weight + vessel.tardinessWeight) * problem.horizonHours
            let due = vessel.due ?? 1e9
            lines.append("  \(name(vessel.id)) \(number(instance.etaHours[i])) \(instance.earliestStart[i]) \(instance.latestEnd[i]) \(number(vessel.weight)) \(number(vessel.tardinessWeight)) \(number(due)) \(number(penalty)) \(instance.fixed[i] == nil ? 0 : 1)")
        }
        lines.append(";")
        lines.append("")
        lines.append("param p default 0 :=")
        for (i, vessel) in problem.vessels.enumerated() {
            for (k, berth) in problem.berths.enumerated() {
                if let p = instance.handling[i][k] { lines.append("  \(name(vessel.id)) \(name(berth.id)) \(p)") }
            }
        }
        lines.append(";")
        lines.append("")
        lines.append("param fixed_start default -1 :=")
        for (i, vessel) in problem.vessels.enumerated() {
            if let call = instance.fixed[i] { lines.append("  \(name(vessel.id)) \(name(problem.berths[call.berth].id)) \(call.start)") }
        }
        lines.append(";")
        lines.append("")
        lines.append("param open default 0 :=")
        for (k, berth) in problem.berths.enumerated() {
            for window in instance.windows[k] {
                var step = window.lowerBound
                while step < window.upperBound {
                    let stop = min(window.upperBound, step + 12)
                    lines.append("  " + (step..<stop).map { "\(name(berth.id)) \($0) 1" }.joined(separator: "  "))
                    step = stop
                }
            }
        }
        lines.append(";")
        lines.append("")
        lines.append("end;")
        return lines.joined(separator: "\n") + "\n"
    }
}
