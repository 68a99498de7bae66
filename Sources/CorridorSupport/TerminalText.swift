// SPDX-License-Identifier: GPL-3.0-or-later

/// Text from files (scenario names, ids, file names, messages quoting them) made safe to show on
/// a terminal: a control character in a name — an ANSI escape sequence, a carriage return, a
/// backspace — would otherwise be obeyed by the terminal (recolour it, hide or rewrite lines),
/// so it is shown as an escape (`\e`, `\r`, `\u{7}`) instead. Files keep the text as it is.
package enum TerminalText {
    /// `text` as one value: every control character escaped, line breaks too (a name with a
    /// line break must not forge a line of output).
    package static func escaped(_ text: String) -> String {
        escaping(text, keepingLineBreaks: false)
    }

    /// `text` as lines of a message: every control character escaped except line breaks and
    /// tabs, which the message lays out with.
    package static func lines(_ text: String) -> String {
        escaping(text, keepingLineBreaks: true)
    }

    private static func escaping(_ text: String, keepingLineBreaks: Bool) -> String {
        // Most text has none: no copy.
        guard text.unicodeScalars.contains(where: { isControl($0) && !(keepingLineBreaks && ($0 == "\n" || $0 == "\t")) })
        else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if keepingLineBreaks && (scalar == "\n" || scalar == "\t") || !isControl(scalar) {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\u{1B}": result += "\\e"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }

    /// C0 controls, DEL and C1 controls (U+0080–U+009F; U+009B alone starts an ANSI sequence on
    /// some terminals).
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
