// SPDX-License-Identifier: GPL-3.0-or-later

/// A moment written as ISO-8601 with a fixed offset, e.g. `2026-12-01T06:00:00+05:00`.
///
/// The corridor observes no daylight saving, so a fixed offset is all a time zone needs; the
/// arithmetic is done here (days from the civil calendar) rather than with a `Calendar`, so that
/// parsing is exact and the same on every platform.
public struct Instant: Sendable, Hashable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSinceEpoch: Double
    /// The offset it was written in, in seconds east of UTC.
    public var offsetSeconds: Int

    public init(secondsSinceEpoch: Double, offsetSeconds: Int) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.offsetSeconds = offsetSeconds
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by `Z` or `±HH:MM`; `nil` with the reason
    /// otherwise.
    public static func parse(_ text: String) -> Result<Instant, InstantError> {
        let chars = Array(text.trimmingWhitespace())
        var index = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= chars.count else { return nil }
            var value = 0
            for char in chars[index..<(index + count)] {
                guard let digit = char.wholeNumberValue, char.isASCII else { return nil }
                value = value * 10 + digit
            }
            index += count
            return value
        }
        func expect(_ char: Character) -> Bool {
            guard index < chars.count, chars[index] == char else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), expect("-"), let month = digits(2), expect("-"), let day = digits(2)
        else { return .failure(.format) }
        guard index < chars.count else { return .failure(.dateOnly) }
        guard expect("T") || expect("t") || expect(" "),
            let hour = digits(2), expect(":"), let minute = digits(2)
        else { return .failure(.format) }
        var second = 0.0
        if expect(":") {
            guard let whole = digits(2) else { return .failure(.format) }
            second = Double(whole)
            if expect(".") || expect(",") {
                let start = index
                while index < chars.count, chars[index].isASCII, chars[index].isNumber { index += 1 }
                guard index > start, let fraction = Double("0." + String(chars[start..<index])) else {
                    return .failure(.format)
                }
                second += fraction
            }
        }
        var offset = 0
        if expect("Z") || expect("z") {
            offset = 0
        } else if index < chars.count, chars[index] == "+" || chars[index] == "-" {
            let sign = chars[index] == "-" ? -1 : 1
            index += 1
            guard let offsetHours = digits(2) else { return .failure(.format) }
            _ = expect(":")
            let offsetMinutes = digits(2) ?? 0
            guard offsetHours <= 14, offsetMinutes < 60 else { return .failure(.badOffset) }
            offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
        } else if index == chars.count {
            return .failure(.noOffset)
        } else {
            return .failure(.format)
        }
        guard index == chars.count else { return .failure(.format) }
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
            return .failure(.badDate)
        }
        let isMidnightEnd = hour == 24 && minute == 0 && second == 0
        guard hour < 24 || isMidnightEnd, minute < 60, second < 61 else { return .failure(.badClock) }
        let days = daysFromCivil(year: year, month: month, day: day)
        let local = Double(days) * 86_400 + Double(hour * 3600 + minute * 60) + second
        return .success(Instant(secondsSinceEpoch: local - Double(offset), offsetSeconds: offset))
    }

    /// The seconds of years 0001…9999, the years ISO-8601 writes with four digits.
    static let writableSeconds = -62_135_596_800.0...253_402_300_799.0

    /// ISO-8601 in `offsetSeconds`, whole seconds unless the time has a fraction; a time
    /// outside the years 0001…9999 (a typo such as `eta: 1e300`) reads "beyond the calendar".
    public func formatted(offsetSeconds offset: Int? = nil) -> String {
        let offset = offset ?? offsetSeconds
        let local = secondsSinceEpoch + Double(offset)
        guard Instant.writableSeconds.contains(local) else { return "beyond the calendar" }
        let roundedMillis = (local * 1000).rounded()
        let wholeSeconds = Int((roundedMillis / 1000).rounded(.down))
        let millis = Int(roundedMillis - Double(wholeSeconds) * 1000)
        let days = Int((Double(wholeSeconds) / 86_400).rounded(.down))
        let secondOfDay = wholeSeconds - days * 86_400
        let (year, month, day) = Instant.civil(fromDays: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text =
            "\(year)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
        if millis != 0 {
            text += "." + String(String(millis + 1000).dropFirst())
        }
        if offset == 0 { return text + "Z" }
        let sign = offset < 0 ? "-" : "+"
        return text + "\(sign)\(two(abs(offset) / 3600)):\(two(abs(offset) / 60 % 60))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    package static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of a day count since 1970-01-01.
    package static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// Why a text is not an ISO-8601 time with an offset.
public enum InstantError: Error, Sendable, CustomStringConvertible {
    case format, dateOnly, noOffset, badOffset, badDate, badClock

    public var description: String {
        switch self {
        case .format: "is not an ISO-8601 time"
        case .dateOnly: "is a date without a clock time"
        case .noOffset: "has no UTC offset"
        case .badOffset: "has an offset beyond ±14:00"
        case .badDate: "is not a calendar date"
        case .badClock: "is not a clock time"
        }
    }
}

extension String {
    func trimmingWhitespace() -> Substring {
        let trimmedStart = drop(while: { $0.isWhitespace })
        var end = trimmedStart.endIndex
        while end > trimmedStart.startIndex, trimmedStart[trimmedStart.index(before: end)].isWhitespace {
            end = trimmedStart.index(before: end)
        }
        return trimmedStart[..<end]
    }
}
