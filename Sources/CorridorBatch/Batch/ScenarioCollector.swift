// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
public import CorridorScenario

/// Finds the scenario files under the paths of a batch.
///
/// The order is the byte order of the paths, whatever order the file system lists them in, so
/// that every machine of a cluster sees the same list and `--shard` slices it the same way.
public enum ScenarioCollector {
    /// The extensions of scenario files; CSV tables, MathProg data and model files are skipped.
    public static let scenarioExtensions: Set<String> = ["yaml", "yml", "json"]

    /// The scenario files named by `paths`: a file is taken as it is (whatever its extension: the
    /// user named it), a folder is searched recursively for `.yaml`, `.yml` and `.json` files.
    ///
    /// In folders, hidden entries, anything under one of `excludedFolders` (the batch's output
    /// folder, when it lies inside an input folder) and JSON files that are batch results or
    /// summaries are skipped.
    ///
    /// - Throws: ``BatchError`` for a path that does not exist.
    public static func collect(
        _ paths: [String], excludingFolders excludedFolders: [String] = []
    ) throws(BatchError) -> [ScenarioFile] {
        let excluded = excludedFolders.map { ScenarioFile.absolute($0) + "/" }
        var found: [ScenarioFile] = []
        var seen: Set<String> = []
        func add(_ file: ScenarioFile) {
            if seen.insert(file.absolutePath).inserted { found.append(file) }
        }
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw BatchError("\(path): no such file or folder — check the path")
            }
            guard isFolder.boolValue else {
                add(ScenarioFile(path: path))
                continue
            }
            for relative in filesBelow(path) {
                let file = ScenarioFile(path: join(path, relative))
                guard !excluded.contains(where: { file.absolutePath.hasPrefix($0) }) else { continue }
                guard !isBatchOutput(file.absolutePath) else { continue }
                add(file)
            }
        }
        return found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// Relative paths of the scenario files below `folder`, hidden entries skipped.
    private static func filesBelow(_ folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            let ext = (name as NSString).pathExtension.lowercased()
            guard scenarioExtensions.contains(ext) else { continue }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: join(folder, relative), isDirectory: &isFolder),
                !isFolder.boolValue
            {
                files.append(relative)
            }
        }
        return files
    }

    private static func join(_ folder: String, _ relative: String) -> String {
        var folder = folder
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        if folder == "." { return relative }
        return folder == "/" ? "/" + relative : folder + "/" + relative
    }

    /// Whether a JSON file found in a folder is a result or summary of an earlier batch rather
    /// than a scenario: a result has `scenario` and `status`, a summary `rows` and no `kind`;
    /// neither is a scenario field, so no scenario is mistaken for one.
    private static func isBatchOutput(_ path: String) -> Bool {
        guard path.lowercased().hasSuffix(".json"),
            let data = FileManager.default.contents(atPath: path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return false }
        let isResult = object["scenario"] != nil && object["status"] != nil
        let isSummary = object["rows"] != nil && object["kind"] == nil
        return isResult || isSummary
    }
}
