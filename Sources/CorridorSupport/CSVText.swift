// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// Writing CSV (RFC 4180): the one escaping of every CSV file corridor writes (plan tables,
/// batch summaries). Numbers in cells are written by ``NumberText``.
package enum CSVText {
    /// `text` as one cell: quoted when it holds `,`, `"` or a line break, `"` doubled inside.
    package static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One line of `cells` (not yet escaped), without its line break.
    package static func line(_ cells: [String]) -> String {
        cells.map(field).joined(separator: ",")
    }
}
