// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import CorridorScenario

/// A test-only kind shaped like the berth model (tables of berths and vessels, times, maps keyed
/// by ids, lists, pairs), decoded only with the generic readers, with a typed input and plan: it
/// shows that a new kind gets located validation, result JSON, CSV tables and a chart drawn from
/// its typed plan without touching the loader or the result writer.
enum DepotKind: ScenarioKind {
    static let name = "depot"
    static let needsHorizon = true

    struct Input: Equatable {
        var stepMinutes: Double
        var berths: [Berth]
        var vessels: [Vessel]
    }

    struct Berth: Equatable {
        var id: String
        var length: Double?
        var available: [[Double]]?
    }

    struct Vessel: Equatable {
        var id: String
        var eta: Double
        var weight: Double
        var handlingHours: [String: Double]
        var allowedBerths: [String]?
        var due: Double?
        var windows: [[Double]]?
        var pilot: Bool?
    }

    static func decode(_ root: NodeReader, core: ScenarioCore) -> Input? {
        let step = root.field("step_minutes").number(.positive) ?? 60
        if let hours = core.horizon?.hours {
            root.field("horizon").field("hours").requireWholeMultiple(
                of: step / 60, hours, stepName: "step_minutes = \(NumberRange.format(step)) (\(NumberRange.format(step / 60)) h)")
        }
        let berthTable = root.field("berths")
        let berthRows = berthTable.table(required: true) ?? []
        let berthIDs = berthTable.uniqueIDs(berthRows, noun: "berth").compactMap { $0 }
        let berths = berthRows.compactMap { row in
            row.object { row -> Berth? in
                let id = row.field("id").string(required: true)
                let length = row.field("length_m").number(.positive)
                let available = row.field("available").elements()?.compactMap(pair)
                return id.map { Berth(id: $0, length: length, available: available) }
            }
        }
        let vesselTable = root.field("vessels")
        let vesselRows = vesselTable.table(required: true) ?? []
        vesselTable.uniqueIDs(vesselRows, noun: "vessel")
        let vessels = vesselRows.compactMap { row in
            row.object { row -> Vessel? in
                let id = row.field("id").string(required: true)
                let eta = row.field("eta").time(required: true, placement: .mayBeBefore)
                let weight = row.field("weight").number(.positive) ?? 1
                var handling: [String: Double] = [:]
                for (berth, value) in row.field("handling_hours").entries(referencing: berthIDs, noun: "berth") ?? [] {
                    if let hours = value.number(.positive) { handling[berth] = hours }
                }
                let allowed = row.field("allowed_berths").elements()?.compactMap {
                    $0.reference(to: berthIDs, noun: "berth", required: true)
                }
                let due = row.field("due").time(placement: .mayBeAfter)
                let windows = row.field("windows").elements()?.compactMap(pair)
                let pilot = row.field("pilot").bool()
                guard let id, let eta else { return nil }
                return Vessel(
                    id: id, eta: eta, weight: weight, handlingHours: handling, allowedBerths: allowed,
                    due: due, windows: windows, pilot: pilot)
            }
        }
        return Input(stepMinutes: step, berths: berths, vessels: vessels)
    }

    /// `[from, to)` with `to > from`, both inside the horizon.
    private static func pair(_ reader: NodeReader) -> [Double]? {
        guard let items = reader.elements() else { return nil }
        guard items.count == 2 else {
            reader.report("expected [from, to], got \(items.count) values", hint: "write two times, e.g. [0, 72]")
            return nil
        }
        guard let from = items[0].time(required: true), let to = items[1].time(required: true) else { return nil }
        guard to > from else {
            reader.report("the window ends before it starts", hint: "write [from, to] with to > from")
            return nil
        }
        return [from, to]
    }

    /// Each vessel starts at its eta or later; the model minimises the weighted starts (so each
    /// starts at its eta): just enough of a model to carry a typed plan through the solver.
    static func solve(
        _ input: Input, settings: SolverSettings, using solver: some LinearSolver
    ) throws(SolverError) -> KindResult<Plan> {
        var model = Model(name: "depot")
        var starts: [Variable] = []
        do throws(ModelError) {
            for vessel in input.vessels {
                starts.append(try model.addVariable("start[\(vessel.id)]", lower: vessel.eta, objective: vessel.weight))
            }
        } catch {
            throw .invalidModel(error)
        }
        let solution = try solver.solve(model, options: SolveOptions(timeLimit: settings.timeLimit))
        let plan = Plan(starts: zip(input.vessels, starts).map { ($0.id, solution[$1]) })
        return KindResult(solution: solution, model: model, plan: plan)
    }

    /// When each vessel starts.
    struct Plan: ScenarioPlan {
        var starts: [(vessel: String, hours: Double)]

        var json: JSONValue {
            .object([
                ("starts", .array(starts.map { .object([("vessel", .string($0.vessel)), ("start_hours", .number($0.hours))]) }))
            ])
        }
        var kpis: JSONValue { .object([("vessels", .integer(starts.count))]) }
        var unserved: Double { 0 }

        func chart(title: String) -> String? {
            BarChart(title: title, bars: starts.map { ($0.vessel, $0.hours) }).svg()
        }
    }
}
