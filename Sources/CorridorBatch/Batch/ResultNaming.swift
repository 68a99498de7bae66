// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario

/// File names of results: `DIR/<scenario>.json`, safe for any file system and never shared by two
/// scenarios of one batch.
public enum ResultNaming {
    /// Names a result may not take, because the batch writes files of that name into `DIR`.
    static let reserved: Set<String> = ["summary"]

    /// `name` with every character other than ASCII letters, digits and `.`, `_`, `-`, `=`, `+`
    /// replaced by `_` (so `/`, spaces and shell metacharacters never reach a file name), a
    /// leading `.` too (hidden files are temporary files), shortened to 200 bytes.
    public static func sanitize(_ name: String) -> String {
        var safe = String(
            String.UnicodeScalarView(
                name.unicodeScalars.map { scalar in
                    scalar.isASCII
                        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                            || "._-=+".unicodeScalars.contains(scalar))
                        ? scalar : "_"
                }))
        if safe.hasPrefix(".") { safe = "_" + safe.dropFirst() }
        if safe.isEmpty { safe = "_" }
        return String(safe.prefix(200))
    }

    /// One result name per header, in order: the sanitized scenario name, and for the second and
    /// later scenario with the same name (in the given order, which is by path) `name~2`,
    /// `name~3`, … so that two files never overwrite each other's result.
    ///
    /// Computed over the whole batch before it is sharded, so every shard names a scenario alike.
    public static func names(for headers: [ScenarioHeader]) -> [String] {
        var taken = reserved
        var names: [String] = []
        for header in headers {
            let base = sanitize(header.name)
            var name = base
            var copy = 1
            while taken.contains(name.lowercased()) {
                copy += 1
                name = "\(base)~\(copy)"
            }
            // Case-insensitively unique: a batch may be copied to a case-insensitive file system.
            taken.insert(name.lowercased())
            names.append(name)
        }
        return names
    }
}
