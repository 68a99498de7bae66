// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import Yams
import CorridorScenario

/// Keeps the files a scenario refers to reachable from a variant written into another folder.
///
/// Paths in a scenario are relative to its file (scenarios.md). A variant lives in the sweep's
/// output folder, so each relative path is rewritten to lead from there to the same file:
/// `vessels: {csv: vessels.csv}` in `study/base.yaml` becomes `{csv: ../study/vessels.csv}` in
/// `study/variants/…`. Rewriting rather than copying keeps one copy of large tables and lets an
/// edit of a table reach every variant. Absolute paths are left as they are, and a path to a
/// folder tree that shares nothing with the output folder but `/` becomes absolute.
///
/// The paths rewritten: every `{csv: FILE}` table, and for `kind: lp` the `model` file and the
/// `data` files.
enum PathRewriting {
    /// `root` with its relative paths made relative to `folder` instead of `baseFolder`.
    static func rewrite(_ root: Node, from baseFolder: String, to folder: String) -> Node {
        let rewrite = { (path: String) in relocate(path, from: baseFolder, to: folder) }
        var root = tables(in: root, rewrite)
        guard case .mapping(var mapping) = root, mapping["kind"]?.string == "lp" else { return root }
        if let model = mapping["model"], let path = model.string {
            mapping["model"] = replacing(model, with: rewrite(path))
        }
        if let data = mapping["data"] {
            if let path = data.string {
                mapping["data"] = replacing(data, with: rewrite(path))
            } else if case .sequence(var files) = data {
                for index in files.indices {
                    if let path = files[index].string {
                        files[index] = replacing(files[index], with: rewrite(path))
                    }
                }
                mapping["data"] = .sequence(files)
            }
        }
        root = .mapping(mapping)
        return root
    }

    /// `node` with the file of every `{csv: FILE}` mapping rewritten.
    private static func tables(in node: Node, _ rewrite: (String) -> String) -> Node {
        switch node {
        case .mapping(var mapping):
            if let file = mapping["csv"], let path = file.string {
                mapping["csv"] = replacing(file, with: rewrite(path))
                return .mapping(mapping)
            }
            for index in mapping.indices {
                let (key, value) = mapping[index]
                mapping[key] = tables(in: value, rewrite)
            }
            return .mapping(mapping)
        case .sequence(var sequence):
            for index in sequence.indices { sequence[index] = tables(in: sequence[index], rewrite) }
            return .sequence(sequence)
        case .scalar, .alias:
            return node
        }
    }

    /// A text scalar like `node` (same style) holding `text`.
    private static func replacing(_ node: Node, with text: String) -> Node {
        guard case .scalar(var scalar) = node else { return node }
        scalar.string = text
        return .scalar(scalar)
    }

    /// `path` (relative to `baseFolder`) as a path relative to `folder`.
    static func relocate(_ path: String, from baseFolder: String, to folder: String) -> String {
        guard !path.hasPrefix("/"), !path.isEmpty else { return path }
        let target = components(ScenarioFile.absolute(baseFolder + "/" + path))
        let start = components(ScenarioFile.absolute(folder))
        let common = zip(target, start).prefix { $0 == $1 }.count
        // Folders with nothing in common but the root (`/data/…` and `/tmp/…`): the absolute path
        // reads better and survives moving the variants.
        guard common > 0 else { return "/" + target.joined(separator: "/") }
        let steps = Array(repeating: "..", count: start.count - common) + target.dropFirst(common)
        return steps.isEmpty ? "." : steps.joined(separator: "/")
    }

    private static func components(_ absolute: String) -> [String] {
        absolute.split(separator: "/").map(String.init)
    }
}
