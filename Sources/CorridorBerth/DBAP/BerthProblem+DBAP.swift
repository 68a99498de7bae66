// SPDX-License-Identifier: GPL-3.0-or-later

/// A bad line in a DBAP text instance.
public struct DBAPFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based line number in the file.
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

extension BerthProblem {
    /// Reads a discrete dynamic berth allocation instance in the public text format (Lalla-Ruiz
    /// et al. 2012, Kramer et al. 2019): whitespace-separated integers, line by line —
    ///
    ///     N                    vessels
    ///     M                    berths
    ///     N arrival times
    ///     M berth opening times
    ///     N lines of M handling times (99999: the vessel may not use that berth)
    ///     M berth closing times
    ///     N service-window ends [N weights]
    ///
    /// Time units are hours from 0, the horizon is [0, the largest closing time], the step is one
    /// hour, weights are 1 unless the file gives them, each berth is available from its opening
    /// to its closing time, each vessel's service-window end is its latest departure, and every
    /// vessel must be served. Extra tokens at the end of a line are ignored (some files have them).
    public init(dbapText text: String) throws(DBAPFormatError) {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) }
        var lineIndex = 0
        // Skip blank lines; return the next line's numbers and its 1-based number.
        func nextLine(_ what: String, count: Int, allowMore: Bool = true) throws(DBAPFormatError) -> (numbers: [Double], line: Int) {
            while lineIndex < lines.count, lines[lineIndex].isEmpty { lineIndex += 1 }
            guard lineIndex < lines.count else {
                throw DBAPFormatError(line: (lines.lastIndex { !$0.isEmpty } ?? 0) + 1, message: "the file ends before \(what)")
            }
            let tokens = lines[lineIndex]
            lineIndex += 1
            guard tokens.count >= count else {
                throw DBAPFormatError(line: lineIndex, message: "\(what): expected \(count) numbers, found \(tokens.count)")
            }
            var numbers: [Double] = []
            for token in tokens.prefix(allowMore ? tokens.count : count) {
                guard let value = Double(token), value.isFinite else {
                    throw DBAPFormatError(line: lineIndex, message: "\(what): \"\(token)\" is not a number")
                }
                numbers.append(value)
            }
            return (numbers, lineIndex)
        }
        let vesselLine = try nextLine("the number of vessels", count: 1)
        let berthLine = try nextLine("the number of berths", count: 1)
        guard let n = Int(exactly: vesselLine.numbers[0]), n > 0 else {
            throw DBAPFormatError(line: vesselLine.line, message: "the number of vessels must be a positive whole number")
        }
        guard let m = Int(exactly: berthLine.numbers[0]), m > 0 else {
            throw DBAPFormatError(line: berthLine.line, message: "the number of berths must be a positive whole number")
        }
        let arrivals = try nextLine("the arrival times", count: n).numbers.prefix(n)
        let opens = try nextLine("the berth opening times", count: m).numbers.prefix(m)
        var handling: [[Double]] = []
        for i in 0..<n { handling.append(Array(try nextLine("the handling times of vessel \(i + 1)", count: m).numbers.prefix(m))) }
        let closes = try nextLine("the berth closing times", count: m).numbers.prefix(m)
        let last = try nextLine("the service-window ends", count: n)
        let ends = last.numbers.prefix(n)
        // The weights follow the window ends on the same line, when given.
        let weights = last.numbers.count >= 2 * n ? Array(last.numbers[n..<(2 * n)]) : Array(repeating: 1, count: n)
        let horizon = closes.max()!
        guard horizon > 0 else {
            throw DBAPFormatError(line: lineIndex, message: "the largest berth closing time must be positive")
        }
        let berths = (0..<m).map { k in
            Berth(id: "B\(k + 1)", available: [HourWindow(from: opens[opens.startIndex + k], to: closes[closes.startIndex + k])])
        }
        let vessels = (0..<n).map { i in
            var perBerth: [String: Double] = [:]
            for k in 0..<m where handling[i][k] < 99999 { perBerth["B\(k + 1)"] = handling[i][k] }
            return Vessel(
                id: "V\(i + 1)", eta: arrivals[arrivals.startIndex + i], handlingHours: .perBerth(perBerth),
                weight: weights[i], latestDeparture: ends[ends.startIndex + i],
                allowedBerths: perBerth.keys.sorted(), mustServe: true)
        }
        self.init(horizonHours: horizon, timeStepMinutes: 60, berths: berths, vessels: vessels)
    }
}
