// SPDX-License-Identifier: GPL-3.0-or-later

/// The slots of the horizon as each checkpoint sees them: open minutes (opening hours and closed
/// days read in the checkpoint's own time zone) and the local calendar day each slot starts on.
struct SlotCalendar: Sendable {
    /// One checkpoint's view of the slots.
    struct Table: Sendable {
        /// Open minutes of each slot: 0 on a closed day or outside the opening hours.
        var openMinutes: [Int]
        /// Position in `slotsByDay` of the local day each slot starts on.
        var dayOfSlot: [Int]
        /// The local days (days since 1970-01-01 in the checkpoint's zone), in order, with the slots
        /// that start on each. A day cut by the horizon's edge has fewer slots.
        var slotsByDay: [(day: Int, slots: [Int])]
        /// The checkpoint's offset from UTC in minutes.
        var offsetMinutes: Int
    }

    let slotCount: Int
    let slotMinutes: Int
    /// Slot starts in hours after the horizon's start.
    let slotStarts: [Double]
    let checkpoints: [Table]

    init(_ problem: CrossingsProblem) {
        slotMinutes = problem.slotMinutes
        let slotCount = max(0, Int((problem.horizon.hours * 60).rounded()) / max(problem.slotMinutes, 1))
        self.slotCount = slotCount
        slotStarts = (0..<slotCount).map { Double($0 * problem.slotMinutes) / 60 }
        let startMinute = Int((problem.horizon.startSecondsSinceEpoch / 60).rounded(.down))
        checkpoints = problem.checkpoints.map { checkpoint in
            Self.table(
                for: checkpoint, startMinute: startMinute,
                defaultOffsetMinutes: problem.horizon.offsetSeconds / 60,
                slotCount: slotCount, slotMinutes: problem.slotMinutes)
        }
    }

    private static func table(
        for checkpoint: Checkpoint, startMinute: Int, defaultOffsetMinutes: Int, slotCount: Int,
        slotMinutes: Int
    ) -> Table {
        let offset = checkpoint.offsetSeconds.map { $0 / 60 } ?? defaultOffsetMinutes
        let closed = Set(checkpoint.closed.map(\.daysSinceEpoch))
        // Which minutes of a local day are open: the union of the intervals, so overlaps merge.
        var openOfDay = [Bool](repeating: checkpoint.hours == nil, count: 1440)
        for interval in checkpoint.hours ?? [] {
            for minute in 0..<1440 where interval.contains(minuteOfDay: minute) {
                openOfDay[minute] = true
            }
        }
        var openMinutes = [Int](repeating: 0, count: slotCount)
        var dayOfSlot = [Int](repeating: 0, count: slotCount)
        var slotsByDay: [(day: Int, slots: [Int])] = []
        for slot in 0..<slotCount {
            let first = startMinute + slot * slotMinutes + offset
            let day = floorDivide(first, 1440)
            if slotsByDay.last?.day != day { slotsByDay.append((day, [])) }
            slotsByDay[slotsByDay.count - 1].slots.append(slot)
            dayOfSlot[slot] = slotsByDay.count - 1
            var open = 0
            for local in first..<(first + slotMinutes) {
                let minuteDay = floorDivide(local, 1440)
                if openOfDay[local - minuteDay * 1440], !closed.contains(minuteDay) { open += 1 }
            }
            openMinutes[slot] = open
        }
        return Table(
            openMinutes: openMinutes, dayOfSlot: dayOfSlot, slotsByDay: slotsByDay,
            offsetMinutes: offset)
    }
}

/// Integer division rounding towards −∞ (minutes before 1970 still fall on the right day).
func floorDivide(_ value: Int, _ divisor: Int) -> Int {
    let quotient = value / divisor
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
}
