// SPDX-License-Identifier: GPL-3.0-or-later

/// Text from a user's files made safe to print on a terminal: a scenario or vessel name with an
/// escape sequence in it must not recolour, move or clear the user's terminal.
package enum TerminalText {
    /// `text` with control characters (C0 except tab, DEL, C1) shown as `\u{…}` escapes.
    package static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                shown += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }
}
