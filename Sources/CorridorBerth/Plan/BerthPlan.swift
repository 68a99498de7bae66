// SPDX-License-Identifier: GPL-3.0-or-later

/// The decisions of a solved berth problem, in hours after the horizon's start.
public struct BerthPlan: Sendable, Hashable {
    /// One served vessel: where and when.
    public struct Assignment: Sendable, Hashable {
        public var vessel: String
        public var berth: String
        public var startHours: Double
        public var finishHours: Double
        /// Start minus the (rounded) eta: the time the vessel waits for its berth.
        public var waitHours: Double
        /// This vessel's part of the objective.
        public var cost: Double
    }

    /// A vessel left unserved, and why.
    public struct Unserved: Sendable, Hashable {
        public var vessel: String
        public var reason: UnservedReason
        /// This vessel's part of the objective (as if it finished at the horizon's end, plus its penalty).
        public var cost: Double
    }

    /// Served vessels, by berth, then start.
    public var assignments: [Assignment]
    /// Unserved vessels, in the problem's order.
    public var unserved: [Unserved]
    public var kpis: BerthKPIs
    /// The objective recomputed from the plan.
    public var objective: Double
}

/// Why a vessel is left unserved, in words a planner can act on.
public enum UnservedReason: Sendable, Hashable, CustomStringConvertible {
    /// No berth fits the vessel (draft, length, allowed berths, handling time): the details say which.
    case noCompatibleBerth(String)
    /// Compatible berths exist, but none has a window that holds the whole service between its
    /// eta and its latest departure (or the horizon's end).
    case noWindow(String)
    /// Every place where it would fit is taken by committed (fixed) calls.
    case blockedByFixedCalls(String)
    /// It could be served, but the optimum leaves it out: serving it would delay others more
    /// than its penalty.
    case penaltyCheaper

    public var description: String {
        switch self {
        case .noCompatibleBerth(let text), .noWindow(let text), .blockedByFixedCalls(let text): text
        case .penaltyCheaper: "serving it would delay others more than its penalty"
        }
    }
}

/// Key figures of a plan.
public struct BerthKPIs: Sendable, Hashable {
    /// Σ over served vessels of weight × (finish − eta), hours.
    public var weightedServiceTime: Double
    /// Mean and largest wait (start − eta) over served vessels, hours; 0 when none is served.
    public var meanWaitHours: Double
    public var maxWaitHours: Double
    /// Per berth (in the problem's order): served hours / available hours (0 when never available).
    public var berthOccupancy: [(berth: String, occupancy: Double)]

    public static func == (lhs: BerthKPIs, rhs: BerthKPIs) -> Bool {
        lhs.weightedServiceTime == rhs.weightedServiceTime && lhs.meanWaitHours == rhs.meanWaitHours
            && lhs.maxWaitHours == rhs.maxWaitHours
            && lhs.berthOccupancy.map(\.berth) == rhs.berthOccupancy.map(\.berth)
            && lhs.berthOccupancy.map(\.occupancy) == rhs.berthOccupancy.map(\.occupancy)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(weightedServiceTime)
        for (berth, value) in berthOccupancy {
            hasher.combine(berth)
            hasher.combine(value)
        }
    }
}

extension BerthPlan {
    /// The plan of one call (berth, start step) or none per vessel, with costs, KPIs and reasons.
    init(instance: BerthInstance, calls: [(berth: Int, start: Int)?], reasons: [UnservedReason?]) {
        let problem = instance.problem
        let step = instance.stepHours
        var assignments: [Assignment] = []
        var unserved: [Unserved] = []
        var objective = 0.0
        var weighted = 0.0
        var busy = Array(repeating: 0.0, count: instance.berthCount)
        for (i, call) in calls.enumerated() {
            let vessel = problem.vessels[i]
            if let call {
                let finish = call.start + instance.handling[i][call.berth]!
                let cost = instance.servedCost(i, finish: finish)
                objective += cost
                let hours = Double(finish) * step
                weighted += vessel.weight * (hours - instance.etaHours[i])
                busy[call.berth] += Double(finish - call.start) * step
                assignments.append(Assignment(
                    vessel: vessel.id, berth: problem.berths[call.berth].id,
                    startHours: Double(call.start) * step, finishHours: hours,
                    waitHours: Double(call.start) * step - instance.etaHours[i], cost: cost))
            } else {
                let cost = instance.unservedCost[i] ?? .infinity
                objective += cost
                unserved.append(Unserved(vessel: vessel.id, reason: reasons[i] ?? .penaltyCheaper, cost: cost))
            }
        }
        let order = Dictionary(uniqueKeysWithValues: problem.berths.enumerated().map { ($1.id, $0) })
        assignments.sort { (order[$0.berth]!, $0.startHours, $0.vessel) < (order[$1.berth]!, $1.startHours, $1.vessel) }
        let waits = assignments.map(\.waitHours)
        let occupancy = problem.berths.enumerated().map { k, berth in
            let available = Double(instance.windows[k].reduce(0) { $0 + $1.count }) * step
            return (berth: berth.id, occupancy: available > 0 ? busy[k] / available : 0)
        }
        self.init(
            assignments: assignments, unserved: unserved,
            kpis: BerthKPIs(
                weightedServiceTime: weighted,
                meanWaitHours: waits.isEmpty ? 0 : waits.reduce(0, +) / Double(waits.count),
                maxWaitHours: waits.max() ?? 0, berthOccupancy: occupancy),
            objective: objective)
    }
}
