// SPDX-License-Identifier: GPL-3.0-or-later

/// A first plan, fast: best insertion in order of eta, then local search (move one vessel to its
/// best place, swap two vessels) and an iterated local search that removes a few vessels and
/// reinserts them, for as long as its time budget allows.
///
/// A plan is a sequence of vessels per berth; each vessel starts as early as the rules allow after
/// its predecessor (for a fixed sequence that is optimal, as the objective never rewards a later
/// finish). Committed calls are not moved: they are holes in the berths' windows. The exact method
/// starts from this plan, and the better it is, the more start times the exact method can drop.
struct BerthHeuristic {
    let instance: BerthInstance
    /// Feasible starts per vessel and berth, in the berths' free windows.
    let ranges: [[[ClosedRange<Int>]]]
    /// The cost of leaving a vessel out: its unserved cost, or a prohibitive one when it must be served.
    let dropCost: [Double]
    /// Vessels the search places (not fixed, with some feasible start).
    let movable: [Int]

    init(instance: BerthInstance, ranges: [[[ClosedRange<Int>]]], dropCost: [Double]) {
        self.instance = instance
        self.ranges = ranges
        self.dropCost = dropCost
        movable = (0..<instance.vesselCount).filter { i in
            instance.fixed[i] == nil && ranges[i].contains { !$0.isEmpty }
        }
    }

    /// The earliest start of vessel `i` at berth `k` at or after step `ready`.
    @inline(__always)
    func earliestStart(_ i: Int, _ k: Int, after ready: Int) -> Int? {
        for range in ranges[i][k] where range.upperBound >= ready {
            return max(ready, range.lowerBound)
        }
        return nil
    }

    /// The cost of a berth's sequence: each vessel as early as possible after the previous one;
    /// a vessel that no longer fits costs its drop cost.
    func cost(_ k: Int, _ sequence: [Int]) -> Double {
        var ready = 0
        var total = 0.0
        for i in sequence {
            if let t = earliestStart(i, k, after: ready) {
                let finish = t + instance.handling[i][k]!
                total += instance.servedCost(i, finish: finish)
                ready = finish
            } else {
                total += dropCost[i]
            }
        }
        return total
    }

    /// Starts per vessel of a berth's sequence (`nil` for a vessel that does not fit).
    func starts(_ k: Int, _ sequence: [Int]) -> [Int?] {
        var ready = 0
        return sequence.map { i in
            guard let t = earliestStart(i, k, after: ready) else { return nil }
            ready = t + instance.handling[i][k]!
            return t
        }
    }

    /// The search state: sequences per berth, vessels left out, and each berth's cost.
    struct State {
        var sequences: [[Int]]
        var outside: [Int]
        var berthCosts: [Double]
        var total: Double { berthCosts.reduce(0, +) + outsideCost }
        var outsideCost: Double
    }

    /// The cheapest place for vessel `i` in `state` (a berth and position, or outside).
    func bestInsertion(_ i: Int, in state: State) -> (berth: Int, position: Int, delta: Double)? {
        var best: (berth: Int, position: Int, delta: Double)? = nil
        let outsideDelta = dropCost[i]
        for k in 0..<instance.berthCount where !ranges[i][k].isEmpty {
            var sequence = state.sequences[k]
            for position in 0...sequence.count {
                sequence.insert(i, at: position)
                let delta = cost(k, sequence) - state.berthCosts[k]
                sequence.remove(at: position)
                if delta < outsideDelta - 1e-9, best == nil || delta < best!.delta - 1e-9 {
                    best = (k, position, delta)
                }
            }
        }
        return best
    }

    mutating func insert(_ i: Int, into state: inout State) {
        if let place = bestInsertion(i, in: state) {
            state.sequences[place.berth].insert(i, at: place.position)
            state.berthCosts[place.berth] = cost(place.berth, state.sequences[place.berth])
        } else {
            state.outside.append(i)
            state.outsideCost += dropCost[i]
        }
    }

    /// Best insertion of every movable vessel in order of eta (ties: heavier first).
    mutating func construct() -> State {
        var state = State(
            sequences: Array(repeating: [], count: instance.berthCount), outside: [],
            berthCosts: Array(repeating: 0, count: instance.berthCount), outsideCost: 0)
        let order = movable.sorted {
            (instance.earliestStart[$0], -instance.problem.vessels[$0].weight, $0)
                < (instance.earliestStart[$1], -instance.problem.vessels[$1].weight, $1)
        }
        for i in order { insert(i, into: &state) }
        return state
    }

    /// Moves and swaps until neither improves the plan.
    mutating func improve(_ state: inout State, deadline: ContinuousClock.Instant) {
        var improved = true
        while improved, ContinuousClock.now < deadline {
            improved = false
            // Move one vessel to its best place.
            for i in movable {
                if relocate(i, in: &state) { improved = true }
            }
            // Swap two vessels (across berths or within one).
            if ContinuousClock.now >= deadline { break }
            if swapPass(&state) { improved = true }
        }
    }

    /// Takes vessel `i` out and puts it back at its best place; true when the plan got cheaper.
    mutating func relocate(_ i: Int, in state: inout State) -> Bool {
        var trial = state
        guard remove(i, from: &trial) else { return false }
        insert(i, into: &trial)
        if trial.total < state.total - 1e-9 {
            state = trial
            return true
        }
        return false
    }

    func remove(_ i: Int, from state: inout State) -> Bool {
        if let index = state.outside.firstIndex(of: i) {
            state.outside.remove(at: index)
            state.outsideCost -= dropCost[i]
            return true
        }
        for k in 0..<instance.berthCount {
            if let position = state.sequences[k].firstIndex(of: i) {
                state.sequences[k].remove(at: position)
                state.berthCosts[k] = cost(k, state.sequences[k])
                return true
            }
        }
        return false
    }

    mutating func swapPass(_ state: inout State) -> Bool {
        var improved = false
        let berths = instance.berthCount
        for a in 0..<berths {
            for b in a..<berths {
                var i = 0
                while i < state.sequences[a].count {
                    var j = a == b ? i + 1 : 0
                    while j < state.sequences[b].count {
                        let x = state.sequences[a][i], y = state.sequences[b][j]
                        if a != b, ranges[x][b].isEmpty || ranges[y][a].isEmpty { j += 1; continue }
                        var first = state.sequences[a], second = state.sequences[b]
                        let before = state.berthCosts[a] + (a == b ? 0 : state.berthCosts[b])
                        let after: Double
                        if a == b {
                            first.swapAt(i, j)
                            after = cost(a, first)
                        } else {
                            first[i] = y
                            second[j] = x
                            after = cost(a, first) + cost(b, second)
                        }
                        if after < before - 1e-9 {
                            state.sequences[a] = first
                            state.berthCosts[a] = cost(a, first)
                            if a != b {
                                state.sequences[b] = second
                                state.berthCosts[b] = cost(b, second)
                            }
                            improved = true
                        }
                        j += 1
                    }
                    i += 1
                }
            }
        }
        return improved
    }

    /// Construct, improve, then perturb and improve again until `budget` runs out or many rounds
    /// bring nothing new. Returns the best plan found.
    mutating func run(budget: Duration, lowerBound: Double = -.infinity, seed: UInt64 = 0x5EED_BE27) -> State {
        let clock = ContinuousClock()
        let deadline = clock.now + budget
        var current = construct()
        improve(&current, deadline: deadline)
        var best = current
        // Nothing to gain when every vessel already costs its least.
        guard movable.count >= 2, best.total > lowerBound + 1e-9 else { return best }
        var random = SplitMix64(seed: seed)
        var idle = 0
        let patience = 100 + 10 * movable.count
        while clock.now < deadline, idle < patience, best.total > lowerBound + 1e-9 {
            var trial = current
            let count = min(movable.count, 2 + Int(random.next() % 4))
            var removed: [Int] = []
            for _ in 0..<count {
                let i = movable[Int(random.next() % UInt64(movable.count))]
                if !removed.contains(i), remove(i, from: &trial) { removed.append(i) }
            }
            for index in removed.indices.reversed() where index > 0 {
                removed.swapAt(index, Int(random.next() % UInt64(index + 1)))
            }
            for i in removed { insert(i, into: &trial) }
            improve(&trial, deadline: deadline)
            if trial.total < best.total - 1e-9 {
                best = trial
                idle = 0
            } else {
                idle += 1
            }
            if trial.total <= current.total + 1e-9 { current = trial } else if idle % 50 == 0 { current = best }
        }
        return best
    }
}

/// A small, fast, seeded generator: the heuristic is reproducible run to run.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
