// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario

/// One scenario of a batch: its file, its header and the name of its result.
public struct BatchEntry: Sendable, Hashable {
    public var file: ScenarioFile
    public var header: ScenarioHeader
    /// The result's file name without `.json`, unique within the batch (see ``ResultNaming``).
    public var resultName: String

    public init(file: ScenarioFile, header: ScenarioHeader, resultName: String) {
        self.file = file
        self.header = header
        self.resultName = resultName
    }

    /// `folder/<resultName>.json`.
    public func resultPath(in folder: String) -> String { "\(folder)/\(resultName).json" }

    /// The entries of a batch over `files` (already sorted): headers read, result names given.
    ///
    /// Give it the whole batch, before `--shard` slices it, so that result names (which
    /// disambiguate duplicate scenario names by position) agree on every machine.
    public static func entries(for files: [ScenarioFile]) -> [BatchEntry] {
        let headers = files.map(ScenarioHeader.read)
        let names = ResultNaming.names(for: headers)
        return files.indices.map { BatchEntry(file: files[$0], header: headers[$0], resultName: names[$0]) }
    }
}
