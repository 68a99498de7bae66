// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import Yams

/// The few fields a batch needs before solving a scenario: its name (for the result's file name),
/// its kind (for the summary of a scenario that never produced a result) and its time limit (for
/// the deadline of its worker).
///
/// Read leniently and never an error: whether the file is a valid scenario is for the worker's
/// `solve` to say, in isolation. A file that cannot be read gets its file name as name.
public struct ScenarioHeader: Sendable, Hashable {
    /// `name:` when it is text, else the file name without extension (scenarios.md's default).
    public var name: String
    public var kind: String?
    /// `solver.time_limit_seconds` when it is a positive number.
    public var timeLimitSeconds: Double?

    public init(name: String, kind: String? = nil, timeLimitSeconds: Double? = nil) {
        self.name = name
        self.kind = kind
        self.timeLimitSeconds = timeLimitSeconds
    }

    /// Reads the header of `file`.
    public static func read(_ file: ScenarioFile) -> ScenarioHeader {
        var header = ScenarioHeader(name: file.stem)
        guard let data = FileManager.default.contents(atPath: file.path),
            let text = String(data: data, encoding: .utf8),
            let document = (try? Yams.load(yaml: text)) as? [String: Any]
        else { return header }
        if let name = document["name"] as? String, !name.isEmpty { header.name = name }
        header.kind = document["kind"] as? String
        if let solver = document["solver"] as? [String: Any],
            let limit = number(solver["time_limit_seconds"]), limit.isFinite, limit > 0
        {
            header.timeLimitSeconds = limit
        }
        return header
    }

    private static func number(_ value: Any?) -> Double? {
        switch value {
        case let value as Int: Double(value)
        case let value as Double: value
        default: nil
        }
    }
}
