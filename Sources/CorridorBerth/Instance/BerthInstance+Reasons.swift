// SPDX-License-Identifier: GPL-3.0-or-later

extension BerthInstance {
    /// Why vessel `i` cannot be served by any plan, or `nil` when some plan could serve it.
    ///
    /// - Parameter freeRanges: its feasible starts per berth once committed calls are taken out.
    func reasonUnservable(_ i: Int, freeRanges: [[ClosedRange<Int>]]) -> UnservedReason? {
        guard freeRanges.allSatisfy(\.isEmpty) else { return nil }
        let vessel = problem.vessels[i]
        let berths = problem.berths
        let compatible = (0..<berthCount).filter { incompatibility[i][$0] == nil }
        if compatible.isEmpty { return .noCompatibleBerth(incompatibleText(i)) }
        if compatible.contains(where: { !startRanges(i, $0, in: windows[$0]).isEmpty }) {
            let names = compatible.map { berths[$0].id }.joined(separator: ", ")
            return .blockedByFixedCalls("every window where it fits (at \(names)) is taken by fixed calls")
        }
        let fastest = compatible.min { (handling[i][$0]!, $0) < (handling[i][$1]!, $1) }!
        let need = Double(handling[i][fastest]!) * stepHours
        let from = Double(earliestStart[i]) * stepHours
        let end = Double(latestEnd[i]) * stepHours
        let details = "needs \(need.hoursText) h at \(berths[fastest].id) between its eta (\(max(0, etaHours[i]).hoursText) h) and "
        if let departure = vessel.latestDeparture, departure < problem.horizonHours {
            return .noWindow("no berth window before its latest departure: it " + details + "its latest departure (\(departure.hoursText) h)")
        }
        if from + need > end {
            return .noWindow("no berth window before its latest departure: it " + details + "the horizon's end (\(end.hoursText) h)")
        }
        return .noWindow("no berth window before its latest departure: it " + details + "the horizon's end (\(end.hoursText) h), and no available window at a compatible berth holds that")
    }

    /// "no berth deep enough: draft 7.1 m, deepest berth 6.5 m", or per berth what rules it out.
    func incompatibleText(_ i: Int) -> String {
        let vessel = problem.vessels[i]
        let berths = problem.berths
        if berths.isEmpty { return "there are no berths" }
        let reasons = (0..<berthCount).map { incompatibility[i][$0]! }
        if reasons.allSatisfy({ if case .tooDeep = $0 { true } else { false } }), let draft = vessel.draftM {
            let deepest = berths.compactMap(\.depthM).max()!
            return "no berth deep enough: draft \(draft.hoursText) m, deepest berth \(deepest.hoursText) m"
        }
        if reasons.allSatisfy({ if case .tooLong = $0 { true } else { false } }), let length = vessel.lengthM {
            let longest = berths.compactMap(\.lengthM).max()!
            return "no berth long enough: length \(length.hoursText) m, longest berth \(longest.hoursText) m"
        }
        if reasons.allSatisfy({ $0 == .noHandlingTime }) {
            return "no handling time at any berth: give handling_hours, or moves and the berths' moves_per_hour"
        }
        let details = (0..<berthCount).map { Self.describe(reasons[$0], berth: berths[$0]) }
        return "no compatible berth: " + details.joined(separator: "; ")
    }
}
