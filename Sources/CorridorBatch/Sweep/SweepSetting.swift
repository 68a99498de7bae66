// SPDX-License-Identifier: GPL-3.0-or-later

import Yams
public import CorridorScenario

/// One `--set PATH=V1,V2,...`: a place in the scenario and the values it takes.
public struct SweepSetting: Sendable {
    public let path: SweepPath
    /// The values as written, each one YAML value: `6` is a number, `true` a boolean, `"6"` and
    /// `abc` text, `[1, 2]` a list.
    public let values: [String]

    /// Parses `PATH=V1,V2,...`. Commas inside brackets, braces or quotes do not split values.
    ///
    /// - Throws: ``BatchError`` for a missing `=`, a malformed path, an empty, unreadable or
    ///   repeated value.
    public init(parsing text: String) throws(BatchError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw BatchError("--set \(text): expected PATH=V1,V2,… e.g. --set demand_scale=1.0,1.82")
        }
        let path = try SweepPath(parsing: String(text[..<equals]))
        let values = Self.split(text[text.index(after: equals)...])
        var seen: Set<String> = []
        for value in values {
            guard !value.isEmpty else {
                throw BatchError("--set \(text): an empty value — list values like 6,8,10")
            }
            guard (try? Yams.compose(yaml: value)) != nil else {
                throw BatchError("--set \(text): \(value) is not a YAML value — quote text with commas or colons")
            }
            guard seen.insert(value).inserted else {
                throw BatchError("--set \(text): \(value) is given twice — give each value once")
            }
        }
        self.path = path
        self.values = values
    }

    /// `list` split at commas that are outside brackets, braces and quotes, values trimmed.
    private static func split(_ list: Substring) -> [String] {
        var values: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        for character in list {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "[" || character == "{" {
                depth += 1
            } else if character == "]" || character == "}" {
                depth -= 1
            } else if character == ",", depth == 0 {
                values.append(current.trimmingSpaces())
                current = ""
                continue
            }
            current.append(character)
        }
        values.append(current.trimmingSpaces())
        return values
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
