// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario

/// A road checkpoint: its lanes for the planned direction, lane time per truck, opening hours in
/// its own time zone, closed days and the daily number the other side accepts.
public struct Checkpoint: Sendable, Hashable {
    public var id: String
    public var name: String?
    public var lanes: Lanes
    /// Lane minutes per truck of class `general` (and of every class without an override).
    public var minutesPerTruck: Double
    /// Lane minutes per truck for the classes that differ from `minutesPerTruck`.
    public var minutesByClass: [CargoClass: Double]
    /// Trucks per local calendar day the other side accepts; `nil` for no cap.
    public var dailyCap: Int?
    /// The checkpoint's fixed UTC offset in seconds; `nil` means the horizon's.
    public var offsetSeconds: Int?
    /// Opening hours in local time; `nil` means open 24 hours.
    public var hours: [OpeningInterval]?
    /// Whole local days on which the checkpoint is closed (public holidays).
    public var closed: [LocalDate]
    /// Cost of one lane open for one hour, in weighted truck-hours.
    public var laneHourCost: Double
    /// At most this many lane-hours over the slots starting on one local day; `nil` for no cap.
    public var laneHoursPerDay: Double?

    public init(
        id: String, name: String? = nil, lanes: Lanes, minutesPerTruck: Double,
        minutesByClass: [CargoClass: Double] = [:], dailyCap: Int? = nil,
        offsetSeconds: Int? = nil, hours: [OpeningInterval]? = nil, closed: [LocalDate] = [],
        laneHourCost: Double = 0, laneHoursPerDay: Double? = nil
    ) {
        self.id = id
        self.name = name
        self.lanes = lanes
        self.minutesPerTruck = minutesPerTruck
        self.minutesByClass = minutesByClass
        self.dailyCap = dailyCap
        self.offsetSeconds = offsetSeconds
        self.hours = hours
        self.closed = closed
        self.laneHourCost = laneHourCost
        self.laneHoursPerDay = laneHoursPerDay
    }

    /// Lane minutes one truck of `cargo` takes here.
    public func minutes(for cargo: CargoClass) -> Double {
        minutesByClass[cargo] ?? minutesPerTruck
    }
}

/// The open lanes of a checkpoint: a fixed number, or a decision per slot between two numbers.
public enum Lanes: Sendable, Hashable {
    case fixed(Int)
    /// Lane planning: each open slot opens between `min` and `max` lanes, the optimum decides.
    case planned(min: Int, max: Int)

    /// The most lanes a slot can have open.
    public var maximum: Int {
        switch self {
        case .fixed(let lanes): lanes
        case .planned(_, let max): max
        }
    }

    /// The fewest lanes an open slot has.
    public var minimum: Int {
        switch self {
        case .fixed(let lanes): lanes
        case .planned(let min, _): min
        }
    }

    public var isPlanned: Bool {
        if case .planned = self { return true }
        return false
    }
}

/// An opening interval in local time, in minutes after local midnight (`0...1440`). An interval
/// whose end is not after its start runs past midnight into the next local day.
public struct OpeningInterval: Sendable, Hashable {
    public var fromMinute: Int
    public var toMinute: Int

    public init(fromMinute: Int, toMinute: Int) {
        self.fromMinute = fromMinute
        self.toMinute = toMinute
    }

    /// Parses `"HH:MM"` pairs, `"24:00"` included; `nil` for a malformed time.
    public init?(_ from: String, _ to: String) {
        guard let start = Self.minute(of: from), let end = Self.minute(of: to) else { return nil }
        self.init(fromMinute: start, toMinute: end)
    }

    /// Minutes after midnight of `"HH:MM"` (`"24:00"` is 1440), or `nil`.
    public static func minute(of text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), minute < 60
        else { return nil }
        guard hour < 24 || (hour == 24 && minute == 0) else { return nil }
        return hour * 60 + minute
    }

    /// Whether `minuteOfDay` (`0..<1440`) is inside this interval.
    func contains(minuteOfDay minute: Int) -> Bool {
        if toMinute > fromMinute { return minute >= fromMinute && minute < toMinute }
        // Past midnight: from the start to midnight, and from midnight to the end.
        return minute >= fromMinute || minute < toMinute
    }
}

/// A calendar date without a time zone: which local day it means depends on the checkpoint.
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; `nil` for anything else or a day that does not exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year, month, day)
        guard isValid else { return nil }
    }

    /// Whether the date exists in the proleptic Gregorian calendar.
    public var isValid: Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil), exact for any year.
    public var daysSinceEpoch: Int { Instant.daysFromCivil(year: year, month: month, day: day) }

    /// The date `days` after 1970-01-01 (civil-from-days).
    public init(daysSinceEpoch days: Int) {
        let date = Instant.civil(fromDays: days)
        self.init(date.year, date.month, date.day)
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
