// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorBerth
import Testing

@Suite("Berth problems with bad values")
struct ValidationTests {
    func issues(_ problem: BerthProblem) -> [String] { problem.validationIssues().map(\.description) }

    let berths = [Berth(id: "CT1", depthM: 6.5), Berth(id: "CT2", available: [HourWindow(from: 0, to: 12)])]

    @Test("an unknown berth in allowed_berths")
    func unknownAllowedBerth() {
        let problem = BerthProblem(
            horizonHours: 24, berths: berths,
            vessels: [Vessel(id: "V", eta: 0, handlingHours: .everywhere(2), allowedBerths: ["CT1", "CT4"])])
        #expect(issues(problem) == [#"vessels[0].allowed_berths[1]: no berth "CT4" — the berths are CT1, CT2"#])
        #expect(throws: BerthError.self) { try problem.solve() }
    }

    @Test("a fixed call that breaks a rule: too deep, before eta, outside a window, off the grid")
    func fixedBreaksRule() {
        let problem = BerthProblem(
            horizonHours: 24, berths: berths,
            vessels: [
                Vessel(id: "DEEP", eta: 0, handlingHours: .everywhere(2), draftM: 7, fixed: .init(berth: "CT1", start: 0)),
                Vessel(id: "EARLY", eta: 5, handlingHours: .everywhere(2), fixed: .init(berth: "CT2", start: 3)),
                Vessel(id: "CLOSED", eta: 0, handlingHours: .everywhere(4), fixed: .init(berth: "CT2", start: 10)),
                Vessel(id: "OFFGRID", eta: 0, handlingHours: .everywhere(1), fixed: .init(berth: "CT1", start: 2.5)),
            ])
        let texts = issues(problem)
        #expect(texts.count == 4)
        #expect(texts[0] == "vessels[0].fixed: DEEP cannot start at CT1 at 0 h: draft 7 m exceeds the depth of CT1 (6.5 m) — correct the committed call or the vessel's data")
        #expect(texts[1] == "vessels[1].fixed: EARLY cannot start at CT2 at 3 h: it starts before the vessel's eta (5 h) — correct the committed call or the vessel's data")
        #expect(texts[2] == "vessels[2].fixed: CLOSED cannot start at CT2 at 10 h: service [10 h, 14 h) lies outside the berth's available windows — correct the committed call or the vessel's data")
        #expect(texts[3] == "vessels[3].fixed.start: 2.5 h is not on the 60-minute step grid — use a multiple of 1 h")
    }

    @Test("two fixed calls that overlap")
    func overlappingFixedCalls() {
        let problem = BerthProblem(
            horizonHours: 24, berths: berths,
            vessels: [
                Vessel(id: "A", eta: 0, handlingHours: .everywhere(5), fixed: .init(berth: "CT1", start: 0)),
                Vessel(id: "B", eta: 0, handlingHours: .everywhere(5), fixed: .init(berth: "CT1", start: 4)),
            ])
        #expect(issues(problem) == [
            "vessels[1].fixed: overlaps the fixed call of A at CT1 ([0, 5) h) — two vessels cannot occupy one berth at once; move one of the calls"
        ])
    }

    @Test("values without meaning: NaN, negative handling, duplicate ids, no handling at all, eta after the horizon")
    func meaningless() {
        let problem = BerthProblem(
            horizonHours: 24, berths: berths + [Berth(id: "CT1")],
            vessels: [
                Vessel(id: "V", eta: .nan, handlingHours: .everywhere(-1)),
                Vessel(id: "V", eta: 30),
            ])
        #expect(issues(problem) == [
            #"berths[2].id: berth "CT1" appears twice — give each berth its own id"#,
            "vessels[0].eta: must be a finite time (got nan)",
            "vessels[0].handling_hours: must be a positive number of hours (got -1)",
            #"vessels[1].id: vessel "V" appears twice — give each call its own id"#,
            "vessels[1].eta: 30 h lies after the horizon's end (24 h) — leave this call out, or lengthen the horizon",
            "vessels[1]: has neither moves nor handling_hours — give one of them",
        ])
    }

    @Test("a horizon that is not a whole number of steps")
    func horizonOffGrid() {
        let problem = BerthProblem(horizonHours: 10, timeStepMinutes: 45, berths: berths, vessels: [])
        #expect(issues(problem) == ["horizon.hours: 10 h is not a whole number of 45-minute steps — make it a multiple of 0.75 h"])
    }
}
