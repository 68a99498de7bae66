// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import CorridorSupport
import Foundation
import Yams
public import CorridorScenario

/// A what-if study: one variant of a base scenario per combination of `--set` values (the
/// cartesian product, the first setting varying slowest), each written as a scenario file of its
/// own, ready for `corridor batch`.
///
/// A variant is named after its values — `base__lanes=6__demand_scale=1.82.yaml` — and its
/// `name:` field is set to that name, so results of a batch over the variants never collide.
/// Variants are YAML whatever the base was (YAML reads JSON, so values keep their types);
/// comments of the base are not carried over.
public struct Sweep: Sendable {
    /// One scenario of the sweep.
    public struct Variant: Sendable, Hashable {
        /// The file name without `.yaml`, also the scenario's `name`.
        public var name: String
        /// The value of each setting, in the order of the settings.
        public var values: [String]
    }

    /// More variants than this is almost surely a mistake in the value lists.
    public static let maximumVariants = 100_000

    public let basePath: String
    public let settings: [SweepSetting]
    public let variants: [Variant]

    /// Plans the sweep of `basePath` over `settings` and checks that every path exists in the
    /// base, so that nothing is written unless every variant can be.
    ///
    /// - Throws: ``BatchError`` for an unreadable base, a path that does not exist in it (the
    ///   message names what is there), or too many variants.
    public init(base basePath: String, settings: [SweepSetting]) throws(BatchError) {
        guard !settings.isEmpty else {
            throw BatchError("no --set given — give at least one, e.g. --set demand_scale=1.0,1.82")
        }
        var paths: Set<SweepPath> = []
        for setting in settings where !paths.insert(setting.path).inserted {
            throw BatchError("--set \(setting.path) is given twice — list all its values in one --set")
        }
        let base = try Self.load(basePath)
        for setting in settings {
            _ = try NodeEditing.setting(Node("0"), at: setting.path, in: base)
        }
        // Counted only up to the maximum: 64 two-valued settings would overflow `Int`.
        var count = 1
        for setting in settings {
            let (product, overflow) = count.multipliedReportingOverflow(by: setting.values.count)
            guard !overflow, product <= Self.maximumVariants else {
                throw BatchError(
                    "more than \(Self.maximumVariants) variants (the product of the numbers of "
                        + "values) — at most \(Self.maximumVariants); split the sweep")
            }
            count = product
        }
        self.basePath = basePath
        self.settings = settings
        let labels = Self.labels(for: settings.map(\.path))
        let stem = ResultNaming.sanitize(ScenarioCore.defaultName(forFile: basePath))
        var variants: [Variant] = [Variant(name: stem, values: [])]
        for (setting, label) in zip(settings, labels) {
            variants = variants.flatMap { variant in
                setting.values.map { value in
                    Variant(
                        name: variant.name + "__" + ResultNaming.sanitize("\(label)=\(value)"),
                        values: variant.values + [value])
                }
            }
        }
        var names: Set<String> = []
        for variant in variants where !names.insert(variant.name.lowercased()).inserted {
            throw BatchError(
                "two variants would both be named \(variant.name) (values that differ only in "
                    + "characters a file name cannot hold) — give distinct values")
        }
        self.variants = variants
    }

    /// Writes every variant into `folder` (created when missing), each atomically; returns the
    /// paths written.
    public func write(to folder: String) throws(BatchError) -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw BatchError("--out \(folder): cannot create the folder (\(error.localizedDescription))")
        }
        let base = try Self.load(basePath)
        let baseFolder = URL(fileURLWithPath: basePath).deletingLastPathComponent().path
        var written: [String] = []
        for variant in variants {
            var node = base
            for (setting, value) in zip(settings, variant.values) {
                guard let parsed = try? Yams.compose(yaml: value) else { continue }
                node = try NodeEditing.setting(parsed, at: setting.path, in: node)
            }
            node = Self.naming(node, variant.name)
            node = PathRewriting.rewrite(node, from: baseFolder, to: folder)
            let path = "\(folder)/\(variant.name).yaml"
            do {
                try AtomicFile.write(try Yams.serialize(node: node, allowUnicode: true), to: path)
            } catch {
                throw BatchError("cannot write \(path): \(error.localizedDescription)")
            }
            written.append(path)
        }
        return written
    }

    /// The base scenario as a YAML tree with a mapping at its root.
    private static func load(_ path: String) throws(BatchError) -> Node {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BatchError("\(path): cannot read the base scenario — check the path")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: String(decoding: data, as: UTF8.self))
        } catch {
            throw BatchError("\(path): not valid YAML or JSON (\(error)) — `corridor validate` it")
        }
        guard let node, case .mapping = node else {
            throw BatchError("\(path): a scenario is a mapping of fields — this file is not one")
        }
        return node
    }

    /// `root` with `name:` set to `name` (added after `kind:` when the base has none).
    private static func naming(_ root: Node, _ name: String) -> Node {
        guard case .mapping(let mapping) = root else { return root }
        var pairs = mapping.map { ($0.key, $0.value) }
        if let index = pairs.firstIndex(where: { $0.0.string == "name" }) {
            pairs[index].1 = Node(name)
        } else {
            let after = pairs.firstIndex { $0.0.string == "kind" }.map { $0 + 1 } ?? 0
            pairs.insert((Node("name"), Node(name)), at: after)
        }
        return Node(pairs, mapping.tag, mapping.style)
    }

    /// The shortest suffix of each path that tells it apart from the others and holds a field
    /// name: `lanes` alone, but `nur-zholy.lanes` and `khorgos.lanes` when two checkpoints are
    /// swept, and `data.0` rather than a bare `0`.
    static func labels(for paths: [SweepPath]) -> [String] {
        paths.map { path in
            func ambiguous(_ count: Int) -> Bool {
                let hasField = path.components.suffix(count).contains {
                    if case .field = $0 { true } else { false }
                }
                return !hasField
                    || paths.contains {
                        $0 != path && $0.label(lastComponents: count) == path.label(lastComponents: count)
                    }
            }
            var count = 1
            while count < path.components.count, ambiguous(count) { count += 1 }
            return path.label(lastComponents: count)
        }
    }
}
