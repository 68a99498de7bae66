// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario

/// A test-only kind shaped like the berth model (tables of berths and vessels, times, maps keyed
/// by ids, lists, pairs), decoded only with the generic readers: it shows that a new kind gets
/// located validation and CSV tables without touching the loader.
struct DepotKind: ScenarioKind, Equatable {
    static let name = "depot"
    static let needsHorizon = true

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

    var stepMinutes: Double
    var berths: [Berth]
    var vessels: [Vessel]

    static func decode(_ root: NodeReader, core: ScenarioCore) -> DepotKind? {
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
        return DepotKind(stepMinutes: step, berths: berths, vessels: vessels)
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

    func solve(_ settings: SolverSettings) throws -> KindResult {
        // Tests only load depot scenarios; solving is the planning kinds' business.
        struct NotSolvable: Error {}
        throw NotSolvable()
    }
}
