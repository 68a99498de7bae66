// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP

/// A candidate call: vessel `vessel` served at berth `berth` from step `start`.
struct Call: Hashable, Sendable {
    let vessel: Int32
    let berth: Int32
    let start: Int32

    init(_ vessel: Int, _ berth: Int, _ start: Int) {
        self.vessel = Int32(vessel)
        self.berth = Int32(berth)
        self.start = Int32(start)
    }
}

/// Berth allocation as a time-indexed model over a set of candidate calls.
///
/// Decisions: `serve[c] = 1` when candidate call `c` (vessel, berth, start step) is made;
/// `unserved[i] = 1` when vessel `i` is left unserved.
///
/// The rules that concern one vessel alone — a compatible berth with a finite handling time, a
/// start on the step grid no earlier than its eta and the horizon's start, the whole service
/// inside one available window and the horizon, ending by its latest departure, a fixed vessel
/// only at its committed berth and start — are kept by making only such calls candidates (see
/// `BerthInstance.startRanges`). The candidates may be fewer still: the exact method drops calls
/// that cannot be part of a plan better than one it already has.
///
/// Objective (minimise), per vessel `i` with eta `e`, due `d`, weight `w`, tardiness weight `v`:
///
///     Σ_c  [w × (finish_c − e) + v × max(0, finish_c − d)] × serve[c]
///   + Σ_i  [w × (H − e) + v × max(0, H − d) + unserved_penalty] × unserved[i]
struct BerthFormulation {
    var model = Model(name: "berth")
    let calls: [Call]
    /// Column of each call: `serve[c]` is column `c`.
    var serve: [Variable] = []
    /// `unserved[i]`, `nil` for a vessel that must be served (or has no such option here).
    var unserved: [Variable?] = []
    /// `served_once[i]`, one row per vessel.
    var servedOnce: [Constraint] = []
    /// `one_vessel_at_a_time[k][τ]`, where built.
    var oneVesselAtATime: [[Constraint?]] = []

    /// - Parameters:
    ///   - unservedCost: per vessel, the cost of its `unserved` column (`nil`: no such column).
    ///   - integer: binary columns (the MIP) or continuous ones ≥ 0 (the LP relaxation, whose duals
    ///     price calls not yet in the model).
    ///   - everyStep: an occupancy row for every berth and step, even one no call covers (the LP
    ///     needs a dual for each), rather than only where two vessels compete.
    init(
        instance: BerthInstance, calls: [Call], unservedCost: [Double?], integer: Bool,
        everyStep: Bool
    ) throws(ModelError) {
        self.calls = calls
        let kind: VariableKind = integer ? .binary : .continuous
        let upper: Double = integer ? 1 : .infinity

        // Objective: each call costs its vessel's weighted service time plus tardiness.
        serve = try model.addVariables(count: calls.count, lower: 0, upper: upper, kind: kind)
        try model.setObjectiveCoefficients(
            calls.map { instance.servedCost(Int($0.vessel), berth: Int($0.berth), start: Int($0.start)) },
            of: serve)
        // …and a vessel left unserved costs as if it finished at the horizon's end, plus its penalty.
        for i in 0..<instance.vesselCount {
            guard let cost = unservedCost[i] else {
                unserved.append(nil)
                continue
            }
            unserved.append(try model.addVariable("unserved[\(i + 1)]", upper: upper, kind: kind, objective: cost))
        }

        // Rule: a vessel is served at exactly one berth and start, or left unserved.
        var callsOf = Array(repeating: [Int](), count: instance.vesselCount)
        for (c, call) in calls.enumerated() { callsOf[Int(call.vessel)].append(c) }
        for i in 0..<instance.vesselCount {
            servedOnce.append(
                try model.addConstraint("served_once[\(i + 1)]", .exactly(1)) { row in
                    for c in callsOf[i] { row.add(1, serve[c]) }
                    if let u = unserved[i] { row.add(1, u) }
                })
        }

        // Rule: two vessels never occupy one berth at the same time. Per berth and step τ, the
        // calls whose service covers τ (start ≤ τ < start + handling) sum to at most 1.
        let steps = instance.horizonSteps
        var covering = Array(repeating: Array(repeating: [Int](), count: steps), count: instance.berthCount)
        for (c, call) in calls.enumerated() {
            let k = Int(call.berth), t = Int(call.start)
            for tau in t..<(t + instance.handling[Int(call.vessel)][k]!) { covering[k][tau].append(c) }
        }
        for k in 0..<instance.berthCount {
            var rows: [Constraint?] = []
            for tau in 0..<steps {
                let cover = covering[k][tau]
                let competing = cover.contains { calls[$0].vessel != calls[cover[0]].vessel }
                guard everyStep || competing else {
                    rows.append(nil)
                    continue
                }
                rows.append(
                    try model.addConstraint("one_vessel_at_a_time[\(k + 1),\(tau)]", .atMost(1)) { row in
                        for c in cover { row.add(1, serve[c]) }
                    })
            }
            oneVesselAtATime.append(rows)
        }
    }

    /// Column values for a plan given as one call (or none) per vessel.
    func values(of plan: [Call?]) -> [Double] {
        var values = [Double](repeating: 0, count: model.columnCount)
        var index: [Call: Int] = [:]
        for (c, call) in calls.enumerated() { index[call] = c }
        for (i, call) in plan.enumerated() {
            if let call, let c = index[call] {
                values[serve[c].index] = 1
            } else if let u = unserved[i] {
                values[u.index] = 1
            }
        }
        return values
    }
}
