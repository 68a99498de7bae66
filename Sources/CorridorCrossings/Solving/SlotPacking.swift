// SPDX-License-Identifier: GPL-3.0-or-later

/// Rounds one slot of a relaxation to whole trucks: per chain, a whole number near the relaxed
/// value (its floor, its ceiling or one more) such that their lane minutes fit the slot, with the
/// most weight, then the most trucks, then the nearest to the relaxation. These are limits for
/// the network that then routes the trucks, so a little headroom helps it repair what rounding
/// took away elsewhere.
struct SlotPacking {
    let minutes: [Double]
    let weights: [Double]
    let relaxed: [Double]
    let laneMinutes: Double

    func best() -> [Double] {
        let low = relaxed.map { max(0, ($0 + 1e-6).rounded(.down)) }
        let high = relaxed.map { ($0 - 1e-6).rounded(.up) + 1 }
        // Try the chains with the most weight per lane minute first: the first complete choice
        // is then already good, and the bound prunes more.
        let order = minutes.indices.sorted { weights[$0] / minutes[$0] > weights[$1] / minutes[$1] }
        var choice = low
        var bestChoice = low
        var bestScore = score(low)
        if (zip(minutes, low).reduce(0) { $0 + $1.0 * $1.1 }) > laneMinutes + 1e-9 {
            // The floors do not fit (fewer lanes than the relaxation had): drop from the lightest.
            var shrunk = low
            for index in order.reversed() {
                while shrunk[index] > 0, (zip(minutes, shrunk).reduce(0) { $0 + $1.0 * $1.1 }) > laneMinutes + 1e-9 {
                    shrunk[index] -= 1
                }
            }
            return shrunk
        }
        var visited = 0
        func search(_ depth: Int, _ used: Double) {
            visited += 1
            if visited > 50_000 { return }
            if depth == order.count {
                let value = score(choice)
                if value > bestScore {
                    bestScore = value
                    bestChoice = choice
                }
                return
            }
            let index = order[depth]
            var count = high[index]
            while count >= low[index] {
                let extra = (count - low[index]) * minutes[index]
                if used + extra <= laneMinutes + 1e-9 {
                    choice[index] = count
                    search(depth + 1, used + extra)
                }
                count -= 1
            }
            choice[index] = low[index]
        }
        let base = zip(minutes, low).reduce(0) { $0 + $1.0 * $1.1 }
        search(0, base)
        return bestChoice
    }

    /// Weight first, then trucks, then closeness to the relaxation (compared in that order).
    private func score(_ counts: [Double]) -> (Double, Double, Double) {
        var weight = 0.0, trucks = 0.0, distance = 0.0
        for index in counts.indices {
            weight += weights[index] * counts[index]
            trucks += counts[index]
            distance += abs(counts[index] - relaxed[index])
        }
        return (weight, trucks, -distance)
    }
}

private func > (lhs: (Double, Double, Double), rhs: (Double, Double, Double)) -> Bool {
    if abs(lhs.0 - rhs.0) > 1e-9 { return lhs.0 > rhs.0 }
    if abs(lhs.1 - rhs.1) > 1e-9 { return lhs.1 > rhs.1 }
    return lhs.2 > rhs.2 + 1e-9
}
