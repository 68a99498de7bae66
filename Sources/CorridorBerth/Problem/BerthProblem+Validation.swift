// SPDX-License-Identifier: GPL-3.0-or-later

extension BerthProblem {
    /// Every bad value of this problem, in field order (empty when it can be solved).
    ///
    /// Values that make a vessel impossible to serve (too deep, no window before its latest
    /// departure) are not errors: such a vessel is left unserved with its reason. Errors are
    /// values that have no meaning (NaN, a negative handling time, an unknown berth id), and
    /// committed (`fixed`) calls that break a rule, since a planner wrote them as facts.
    public func validationIssues() -> [BerthProblemError.Issue] {
        var issues: [BerthProblemError.Issue] = []
        func report(_ field: String, _ message: String) {
            issues.append(.init(field: field, message: message))
        }
        if !(horizonHours.isFinite && horizonHours > 0) {
            report("horizon.hours", "must be a positive number of hours (got \(horizonHours.hoursText))")
        }
        if !(timeStepMinutes.isFinite && timeStepMinutes > 0) {
            report("time_step_minutes", "must be a positive number of minutes (got \(timeStepMinutes.hoursText)) — the default is 60")
        } else if horizonHours.isFinite, horizonHours > 0 {
            let steps = horizonHours * 60 / timeStepMinutes
            if abs(steps - steps.rounded()) > 1e-9 * max(1, steps) {
                report(
                    "horizon.hours",
                    "\(horizonHours.hoursText) h is not a whole number of \(timeStepMinutes.hoursText)-minute steps — make it a multiple of \((timeStepMinutes / 60).hoursText) h")
            }
        }
        let berthIDs = berths.map(\.id)
        var seenBerths: Set<String> = []
        for (index, berth) in berths.enumerated() {
            let path = "berths[\(index)]"
            if berth.id.isEmpty { report("\(path).id", "is empty — give each berth an id") }
            if !seenBerths.insert(berth.id).inserted {
                report("\(path).id", "berth \"\(berth.id)\" appears twice — give each berth its own id")
            }
            checkPositive(berth.lengthM, "\(path).length_m", "metres", report)
            checkPositive(berth.depthM, "\(path).depth_m", "metres", report)
            checkPositive(berth.movesPerHour, "\(path).moves_per_hour", "moves per hour", report)
            for (w, window) in (berth.available ?? []).enumerated() {
                if !(window.from.isFinite && window.to.isFinite) {
                    report("\(path).available[\(w)]", "must be two finite hours [from, to) (got \(window))")
                } else if !(window.to > window.from) {
                    report("\(path).available[\(w)]", "ends at or before it starts (got \(window)) — write [from, to) with to > from")
                }
            }
        }
        var seenVessels: Set<String> = []
        for (index, vessel) in vessels.enumerated() {
            let path = "vessels[\(index)]"
            if vessel.id.isEmpty { report("\(path).id", "is empty — give each vessel an id") }
            if !seenVessels.insert(vessel.id).inserted {
                report("\(path).id", "vessel \"\(vessel.id)\" appears twice — give each call its own id")
            }
            if !vessel.eta.isFinite {
                report("\(path).eta", "must be a finite time (got \(vessel.eta.hoursText))")
            } else if horizonHours.isFinite, vessel.eta > horizonHours {
                report("\(path).eta", "\(vessel.eta.hoursText) h lies after the horizon's end (\(horizonHours.hoursText) h) — leave this call out, or lengthen the horizon")
            }
            checkPositive(vessel.moves, "\(path).moves", "moves", report)
            switch vessel.handlingHours {
            case .everywhere(let hours):
                checkPositive(hours, "\(path).handling_hours", "hours", report)
            case .perBerth(let map):
                for (berth, hours) in map.sorted(by: { $0.key < $1.key }) {
                    if !berthIDs.contains(berth) {
                        report("\(path).handling_hours.\(berth)", "no berth \"\(berth)\" — \(Self.berthList(berthIDs))")
                    }
                    checkPositive(hours, "\(path).handling_hours.\(berth)", "hours", report)
                }
            case nil:
                if vessel.moves == nil {
                    report(path, "has neither moves nor handling_hours — give one of them")
                }
            }
            checkNonNegative(vessel.weight, "\(path).weight", report)
            checkNonNegative(vessel.tardinessWeight, "\(path).tardiness_weight", report)
            checkPositive(vessel.lengthM, "\(path).length_m", "metres", report)
            checkPositive(vessel.draftM, "\(path).draft_m", "metres", report)
            if let value = vessel.latestDeparture, !value.isFinite {
                report("\(path).latest_departure", "must be a finite time (got \(value.hoursText))")
            }
            if let value = vessel.due, !value.isFinite {
                report("\(path).due", "must be a finite time (got \(value.hoursText))")
            }
            if let penalty = vessel.unservedPenalty { checkNonNegative(penalty, "\(path).unserved_penalty", report) }
            for (b, berth) in (vessel.allowedBerths ?? []).enumerated() where !berthIDs.contains(berth) {
                report("\(path).allowed_berths[\(b)]", "no berth \"\(berth)\" — \(Self.berthList(berthIDs))")
            }
            if let fixed = vessel.fixed, !berthIDs.contains(fixed.berth) {
                report("\(path).fixed.berth", "no berth \"\(fixed.berth)\" — \(Self.berthList(berthIDs))")
            }
            if let fixed = vessel.fixed, !(fixed.start.isFinite) {
                report("\(path).fixed.start", "must be a finite time (got \(fixed.start.hoursText))")
            }
        }
        // Fixed calls are checked against the rules once every value has a meaning.
        if issues.isEmpty { issues += fixedCallIssues() }
        return issues
    }

    /// Throws ``BerthProblemError`` with every issue, when there is any.
    public func validate() throws(BerthProblemError) {
        let issues = validationIssues()
        if !issues.isEmpty { throw BerthProblemError(issues: issues) }
    }

    static func berthList(_ ids: [String]) -> String {
        ids.isEmpty ? "this problem has no berths" : "the berths are \(ids.joined(separator: ", "))"
    }

    private func checkPositive(
        _ value: Double?, _ field: String, _ unit: String,
        _ report: (String, String) -> Void
    ) {
        guard let value else { return }
        if !(value.isFinite && value > 0) {
            report(field, "must be a positive number of \(unit) (got \(value.hoursText))")
        }
    }

    private func checkNonNegative(_ value: Double, _ field: String, _ report: (String, String) -> Void) {
        if !(value.isFinite && value >= 0) {
            report(field, "must be a finite number ≥ 0 (got \(value.hoursText))")
        }
    }

    /// A fixed call must obey every rule (compatibility, eta, window, grid, latest departure,
    /// horizon), and no two fixed calls may overlap at one berth.
    private func fixedCallIssues() -> [BerthProblemError.Issue] {
        let instance = BerthInstance(checked: self)
        var issues: [BerthProblemError.Issue] = []
        var placed: [(vessel: Int, berth: Int, start: Int, end: Int)] = []
        for (i, vessel) in vessels.enumerated() {
            guard let fixed = vessel.fixed, let k = berths.firstIndex(where: { $0.id == fixed.berth }) else {
                continue
            }
            let field = "vessels[\(i)].fixed"
            let step = instance.stepHours
            let startSteps = fixed.start / step
            guard abs(startSteps - startSteps.rounded()) <= 1e-9 * max(1, abs(startSteps)) else {
                issues.append(.init(
                    field: "\(field).start",
                    message: "\(fixed.start.hoursText) h is not on the \(timeStepMinutes.hoursText)-minute step grid — use a multiple of \(step.hoursText) h"))
                continue
            }
            let t = Int(startSteps.rounded())
            if let reason = instance.whyNot(vessel: i, berth: k, start: t) {
                issues.append(.init(field: field, message: "\(vessel.id) cannot start at \(berths[k].id) at \(fixed.start.hoursText) h: \(reason) — correct the committed call or the vessel's data"))
                continue
            }
            let end = t + instance.handling[i][k]!
            for other in placed where other.berth == k && other.start < end && t < other.end {
                let a = vessels[other.vessel]
                issues.append(.init(
                    field: field,
                    message: "overlaps the fixed call of \(a.id) at \(berths[k].id) ([\((Double(other.start) * step).hoursText), \((Double(other.end) * step).hoursText)) h) — two vessels cannot occupy one berth at once; move one of the calls"))
            }
            placed.append((i, k, t, end))
        }
        return issues
    }
}
