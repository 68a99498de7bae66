// SPDX-License-Identifier: GPL-3.0-or-later

extension Model {
    /// GLPK stores names of at most 255 bytes, and its MathProg translator cuts longer ones
    /// (`x[` followed by a long index), so two columns or rows can end up with one name, and
    /// anything keyed by name (a values map, a file) would lose one of them.
    ///
    /// Where names repeat, the first keeps its name and each later one is cut further and gets
    /// the suffix `~N`, N its 1-based column (row) number, so every name stays unique and at
    /// most 255 bytes.
    mutating func makeNamesUnique() {
        storedColumnNames = Self.uniqueNames(storedColumnNames)
        rowNames = Self.uniqueNames(rowNames)
    }

    static func uniqueNames(_ names: [String]) -> [String] {
        var used = Set<String>()
        guard names.contains(where: { !$0.isEmpty && !used.insert($0).inserted }) else {
            return names
        }
        let original = Set(names)
        used = []
        var unique = names
        for (index, name) in names.enumerated() where !name.isEmpty {
            if used.insert(name).inserted { continue }
            var number = index + 1
            var candidate = cut(name, toFit: "~\(number)")
            while original.contains(candidate) || used.contains(candidate) {
                number += names.count
                candidate = cut(name, toFit: "~\(number)")
            }
            used.insert(candidate)
            unique[index] = candidate
        }
        return unique
    }

    /// `name` cut at a character boundary so that it and `suffix` fit in 255 bytes, then `suffix`.
    static func cut(_ name: String, toFit suffix: String) -> String {
        var kept = Substring(name)
        while kept.utf8.count + suffix.utf8.count > 255 { kept = kept.dropLast() }
        return kept + suffix
    }
}
