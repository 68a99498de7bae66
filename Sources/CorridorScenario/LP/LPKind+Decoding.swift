// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation

extension LPKind {
    public static func decode(_ root: NodeReader, core: ScenarioCore) -> LPKind? {
        let method = decodeMethod(root, core: core)
        let modelField = root.field("model")
        let modelName = modelField.string(required: true)
        let data = decodeData(root.field("data"), forModel: modelName)
        guard let modelName else { return nil }
        let modelPath = root.session.resolve(modelName)
        let isMathProg = modelName.lowercased().hasSuffix(".mod")
        let format = ModelFileFormat(pathExtension: modelName)
        guard isMathProg || format != nil else {
            modelField.report(
                "\"\(modelName)\" is not a model file Corridor reads",
                hint: "name a .lp (CPLEX LP), .mps (free MPS), .glpk or .mod (MathProg) file")
            return nil
        }
        guard exists(modelPath, named: modelName, field: modelField), let data else { return nil }
        if isMathProg {
            return LPKind(source: .mathProg(path: modelPath, data: data), method: method)
        }
        do {
            let model = try Model.read(contentsOf: modelPath, format: format)
            return LPKind(source: .file(path: modelPath, model: model), method: method)
        } catch {
            modelField.report(
                "cannot read \"\(modelName)\": \(reason(of: error, path: modelPath))", hint: "fix the model file")
            return nil
        }
    }

    /// The data files, resolved and checked; `nil` after reporting a problem. Checked even when
    /// the model is missing, so that one run reports both.
    private static func decodeData(_ field: NodeReader, forModel modelName: String?) -> [String]? {
        guard let names = field.stringList() else { return field.isPresent ? nil : [] }
        if let modelName, !modelName.lowercased().hasSuffix(".mod") {
            field.report("data files go only with a MathProg (.mod) model", hint: "remove `data`, or name a .mod model")
            return nil
        }
        // One file alone may be written without brackets (`data: transport.dat`).
        let items: [NodeReader] =
            if case .sequence? = field.node?.value { field.elements() ?? [] } else { [field] }
        var paths: [String] = []
        for (name, item) in zip(names, items) {
            let path = field.session.resolve(name)
            if exists(path, named: name, field: item) { paths.append(path) }
        }
        return paths.count == names.count ? paths : nil
    }

    /// GLPK's method for `solver.method`. `simplex` is GLPK's dual simplex with the primal as
    /// fallback, which is also what `auto` picks for a general LP; `network` needs a network
    /// structure that an arbitrary model file does not declare, so it is an error here.
    private static func decodeMethod(_ root: NodeReader, core: ScenarioCore) -> SolveOptions.Method {
        switch core.solver.method {
        case .auto, .simplex:
            return .automatic
        case .interior:
            return .interiorPoint
        case .network:
            root.field("solver").field("method").report(
                "the lp kind cannot use the network method (a model file declares no network)",
                hint: "use auto, simplex or interior")
            return .automatic
        }
    }

    private static func exists(_ path: String, named name: String, field: NodeReader) -> Bool {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
            return true
        }
        field.report(
            isFolder.boolValue
                ? "\"\(name)\" is a folder, not a file"
                : "no such file \"\(name)\"" + (path == name ? "" : " (looked for \(path))"),
            hint: "check the path; it is relative to the scenario's folder")
        return false
    }

    /// GLPK's message without the path, which the diagnostic already names.
    private static func reason(of error: any Error, path: String) -> String {
        if case SolverError.unreadableFile(_, let reason)? = error as? SolverError { return reason }
        return "\(error)"
    }
}
