// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation

/// Random damage to a text file, the way people and tools damage scenario files: lines deleted,
/// repeated or swapped, values replaced by wrong types, huge, negative or non-finite numbers and
/// bad times, stray YAML punctuation, bad indentation, truncation.
struct Mutator {
    var generator: SeededGenerator

    static let badValues = [
        "-1", "0", "-0.5", "1e300", "-1e300", "1e308", "1e999", "-1e999", ".nan", ".inf", "-.inf", "abc", "\"\"", "[]", "{}",
        "[1, [2, {a: b}]]", "null", "~", "true", "false", "2026-02-30T00:00:00+05:00",
        "2026-12-01T06:00:00", "2026-12-01", "2026-12-01T25:00:00+05:00", "2027-01-01T00:00:00+05:00",
        "1999-01-01T00:00:00Z", "99999999999999999999999", "0x1F", "0o17", "&a x", "*a", "*nothing",
        "!!binary aGVsbG8=", "!!str 12", "'unterminated", "\"unterminated", "{csv: vessels.csv}",
        "{csv: nothere.csv}", "{csv: transport.dat}", "[CT1, CT9]", "CT1;CT2", "-", ":", "9:00", "1_000",
        "small.lp", "transport.mod", "[transport.dat]", "knapsack.lp", "/", "é", "\"\\u0000\"", "[[0, 72], [84]]",
        "[[72, 0]]", "{CT1: -3}", "{CT9: 1}", "lp", "depot", "berth", "interior", "network",
    ]

    static let junk = [
        "{", "}", "[", "]", ":", "\"", "'", "\t", "#", "&", "*", "!", "|", ">", "%", "@", "`", ",", "- ", "? ",
        ";", "/", "\u{FEFF}", "\r", "\n", "  ", "<<: *a",
    ]

    mutating func int(_ upper: Int) -> Int { upper <= 0 ? 0 : Int.random(in: 0..<upper, using: &generator) }

    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }

    /// One to three mutations of `text`.
    mutating func mutate(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        for _ in 0...int(3) {
            mutateOnce(&lines)
        }
        return lines.joined(separator: "\n")
    }

    private mutating func mutateOnce(_ lines: inout [String]) {
        guard !lines.isEmpty else {
            lines = [pick(Self.badValues)]
            return
        }
        let index = int(lines.count)
        switch int(9) {
        case 0:
            lines.remove(at: index)
        case 1:
            lines.insert(lines[index], at: index)
        case 2:
            lines.swapAt(index, int(lines.count))
        case 3, 4:
            lines[index] = replacingValue(lines[index], with: pick(Self.badValues))
        case 5:
            var line = Array(lines[index])
            line.insert(contentsOf: pick(Self.junk), at: int(line.count + 1))
            lines[index] = String(line)
        case 6:
            lines[index] = int(2) == 0 ? "  " + lines[index] : String(lines[index].dropFirst(int(3)))
        case 7:
            let joined = lines.joined(separator: "\n")
            lines = String(joined.prefix(int(joined.count + 1))).components(separatedBy: "\n")
        default:
            // A CSV cell or a JSON value: replace one comma-separated field.
            var cells = lines[index].components(separatedBy: ",")
            cells[int(cells.count)] = pick(Self.badValues)
            lines[index] = cells.joined(separator: ",")
        }
    }

    /// The line with what follows its first `: ` (a YAML value) replaced, or one word replaced.
    private mutating func replacingValue(_ line: String, with value: String) -> String {
        if let range = line.range(of: ": ") {
            return String(line[..<range.upperBound]) + value
        }
        var words = line.components(separatedBy: " ")
        words[int(words.count)] = value
        return words.joined(separator: " ")
    }
}
