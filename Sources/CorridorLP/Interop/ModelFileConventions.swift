// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// What GLPK's LP and MPS writers leave out or say differently from other tools, and how
/// Corridor makes a model file mean the same to every reader.
///
/// - MPS has no objective direction in GLPK: its writer omits it and its reader rejects the
///   `OBJSENSE` section that CPLEX, Gurobi, HiGHS and PuLP write. Corridor writes `OBJSENSE` /
///   `MAX` for a maximisation, and before GLPK reads a file it blanks the section out (keeping
///   its sense) with comment lines, so GLPK's line numbers still match the file.
/// - Objective constant: MPS readers disagree on the sign of a right-hand side on the objective
///   row (GLPK reads `+constant`, CPLEX and HiGHS `−constant`), and GLPK's LP reader takes no
///   constant at all. So Corridor writes a nonzero constant as a column of its own,
///   ``objectiveConstantColumn`` (``fixedMPSObjectiveConstantColumn`` in fixed MPS, whose names
///   have at most 8 characters): fixed at 1, in no row, its objective coefficient the constant.
///   Every reader agrees on that, and Corridor's reader folds such a column back into the
///   constant.
/// - MPS free rows: GLPK's MPS writer takes the first free row as the objective when the
///   problem has one (as MathProg's translation does), and drops the true objective's constant;
///   GLPK's reader drops free rows anyway. Corridor writes MPS without free rows.
/// - CPLEX LP files that glpsol wrote keep the constant in a comment,
///   `\* constant term = C *\`; Corridor restores it from there only in a file whose first line
///   is GLPK's header (`\* Problem: … *\`), only from the objective section, and only a finite
///   number.
public enum ModelFileConventions {
    /// The name of the column that carries an objective constant in LP and free MPS files.
    public static let objectiveConstantColumn = "OBJ_CONSTANT"
    /// The same column in fixed MPS, where GLPK renames longer names to `C0000001`.
    public static let fixedMPSObjectiveConstantColumn = "OBJCONST"

    /// The constant column's name in `format`.
    static func objectiveConstantColumn(in format: ModelFileFormat) -> String {
        format == .fixedMPS ? fixedMPSObjectiveConstantColumn : objectiveConstantColumn
    }

    /// The lines of `text`, split at each "\n" byte, a "\r" before it kept. (Swift's
    /// `Character` view takes "\r\n" for one character, so splitting at the character "\n"
    /// sees a CRLF file as one line.)
    static func splitLines(_ text: String) -> [String] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    // MARK: MPS

    /// The MPS text with its `OBJSENSE` section turned into comment lines (same line count, same
    /// line endings), and the sense that section gave.
    static func removingObjectiveSense(fromMPS text: String) -> (text: String, sense: ObjectiveSense?) {
        var lines = splitLines(text)
        func content(_ line: String) -> String {
            line.hasSuffix("\r") ? String(line.dropLast()) : line
        }
        func commented(_ line: String) -> String {
            "* (OBJSENSE read by Corridor)" + (line.hasSuffix("\r") ? "\r" : "")
        }
        guard let header = lines.firstIndex(where: { content($0).hasPrefix("OBJSENSE") }) else {
            return (text, nil)
        }
        var words = content(lines[header]).split(whereSeparator: \.isWhitespace).dropFirst()
            .map(String.init)
        lines[header] = commented(lines[header])
        if words.isEmpty, header + 1 < lines.count,
            content(lines[header + 1]).first?.isWhitespace == true
        {
            words = content(lines[header + 1]).split(whereSeparator: \.isWhitespace).map(String.init)
            lines[header + 1] = commented(lines[header + 1])
        }
        let word = words.first?.uppercased() ?? ""
        let sense: ObjectiveSense? =
            word.hasPrefix("MAX") ? .maximize : word.hasPrefix("MIN") ? .minimize : nil
        return (lines.joined(separator: "\n"), sense)
    }

    /// GLPK's MPS text with `OBJSENSE` / `MAX` before `ROWS` for a maximisation.
    static func addingObjectiveSense(toMPS text: String, sense: ObjectiveSense) -> String {
        guard sense == .maximize else { return text }
        var lines = splitLines(text)
        if let rows = lines.firstIndex(of: "ROWS") {
            lines.insert(contentsOf: ["OBJSENSE", "    MAX"], at: rows)
        }
        return lines.joined(separator: "\n")
    }

    // MARK: CPLEX LP

    /// The constant glpsol's LP writer left in its `\* constant term = C *\` comment: only in a
    /// file that starts with GLPK's header, only before the constraints, only a finite number.
    static func objectiveConstant(inLP text: String) -> Double? {
        let lines = splitLines(text).map {
            $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
        }
        guard let first = lines.first, first.hasPrefix("\\* Problem:"), first.hasSuffix("*\\")
        else { return nil }
        let prefix = "\\* constant term = "
        for line in lines.dropFirst() {
            let lowered = line.lowercased()
            let sections = ["subject to", "such that", "st", "s.t."]
            if sections.contains(where: { lowered == $0 || lowered.hasPrefix($0 + " ") }) {
                return nil
            }
            guard line.hasPrefix(prefix), line.hasSuffix(" *\\") else { continue }
            let number = line.dropFirst(prefix.count).dropLast(3)
            guard let value = Double(number), value.isFinite else { return nil }
            return value
        }
        return nil
    }
}
