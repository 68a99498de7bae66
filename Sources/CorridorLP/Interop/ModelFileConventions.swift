// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// What GLPK's LP and MPS writers leave out, and how Corridor puts it back so that a model
/// survives a round trip and other solvers read what was meant.
///
/// - MPS has no objective direction in GLPK: its writer omits it and its reader rejects the
///   `OBJSENSE` section that CPLEX, Gurobi, HiGHS and PuLP write. Corridor writes `OBJSENSE` /
///   `MAX` for a maximisation and strips the section (keeping its sense) before GLPK reads.
/// - MPS objective constant: GLPK writes it as a right-hand side of the objective row and reads
///   it back as `+constant`; CPLEX and HiGHS read that entry as `−constant`. Corridor keeps GLPK's
///   convention, so its own round trips are exact; a file for another solver is best written as
///   LP or without a constant.
/// - CPLEX LP: GLPK's reader takes no constant in the objective, and its writer puts the constant
///   in a comment, `\* constant term = C *\`; Corridor's reader restores it from that comment.
enum ModelFileConventions {
    // MARK: MPS

    /// The MPS text without an `OBJSENSE` section, and the sense that section gave.
    static func removingObjectiveSense(fromMPS text: String) -> (text: String, sense: ObjectiveSense?) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("OBJSENSE") }) else {
            return (text, nil)
        }
        var removed = 1
        var words = lines[header].split(separator: " ").dropFirst().map(String.init)
        if words.isEmpty, header + 1 < lines.count, lines[header + 1].first?.isWhitespace == true {
            words = lines[header + 1].split(separator: " ").map(String.init)
            removed = 2
        }
        lines.removeSubrange(header..<header + removed)
        let word = words.first?.uppercased() ?? ""
        let sense: ObjectiveSense? =
            word.hasPrefix("MAX") ? .maximize : word.hasPrefix("MIN") ? .minimize : nil
        return (lines.joined(separator: "\n"), sense)
    }

    /// GLPK's MPS text with `OBJSENSE` / `MAX` before `ROWS` for a maximisation.
    static func addingObjectiveSense(toMPS text: String, sense: ObjectiveSense) -> String {
        guard sense == .maximize else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let rows = lines.firstIndex(of: "ROWS") {
            lines.insert(contentsOf: ["OBJSENSE", "    MAX"], at: rows)
        }
        return lines.joined(separator: "\n")
    }

    // MARK: CPLEX LP

    /// The constant GLPK's LP writer left in its `\* constant term = C *\` comment, if any.
    static func objectiveConstant(inLP text: String) -> Double? {
        let marker = "\\* constant term = "
        guard let start = text.range(of: marker)?.upperBound,
            let end = text[start...].range(of: " *\\")?.lowerBound
        else { return nil }
        return Double(text[start..<end].trimmingCharacters(in: .whitespaces))
    }
}
