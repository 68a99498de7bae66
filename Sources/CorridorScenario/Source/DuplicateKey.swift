// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// Where a key given twice in one mapping is given the second time.
///
/// Yams reports a duplicate key at its first occurrence, which is the line a user need not
/// change; the message should point at the repeat. Yams' error carries only the first
/// occurrence's position and the key's text, so the repeat is found in the text: the next line
/// with the same key at the same column (a block mapping), or for a key inside a flow mapping
/// (`{a: 1, a: 2}`) the next occurrence of the key followed by `:`.
enum DuplicateKey {
    /// The line of the second occurrence of `key`, whose first occurrence starts at `line`
    /// and `column` (1-based, columns in Unicode scalars as libyaml counts them); `nil` when it
    /// cannot be found.
    static func repeatLine(of key: String, firstAt line: Int, column: Int, in text: String) -> Int? {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let first = Array(lines[line - 1].unicodeScalars)
        let before = first.prefix(max(0, column - 1)).last { $0 != " " && $0 != "\t" }
        let inFlow = before == "{" || before == ","
        let quoted = "(?:\(NSRegularExpression.escapedPattern(for: key))|\"\(NSRegularExpression.escapedPattern(for: key))\"|'\(NSRegularExpression.escapedPattern(for: key))')"
        // In a flow mapping: the key after a `{`, `,` or the line's start, anywhere after the
        // first occurrence. In a block mapping: the key at the same indentation.
        let pattern =
            inFlow
            ? "(?:^|[{,])\\s*\(quoted)\\s*:(?:\\s|$)"
            : "^\(String(repeating: " ", count: max(0, column - 1)))(?:\\?\\s+)?\(quoted)\\s*:(?:\\s|$)"
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return nil }
        for number in line...lines.count {
            var text = String(lines[number - 1])
            if number == line {
                // Past the first occurrence itself.
                guard inFlow else { continue }
                text = String(String.UnicodeScalarView(first.dropFirst(column)))
            }
            if expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
                return number
            }
            // A block mapping ends at a line indented less than its keys (blank lines and
            // comments aside): a key further down belongs to another mapping.
            if !inFlow, number > line, let indent = text.firstIndex(where: { $0 != " " }),
                text[indent] != "#", text.distance(from: text.startIndex, to: indent) < column - 1
            {
                return nil
            }
        }
        return nil
    }
}
