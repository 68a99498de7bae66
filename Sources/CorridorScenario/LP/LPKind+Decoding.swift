// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation

extension LPKind {
    /// Reads `model` and `data`, and reads or translates the model, so that everything that can
    /// stop the solve short of the solver itself is a located problem here.
    public static func decode(_ root: NodeReader, core: ScenarioCore) -> Input? {
        let method = decodeMethod(root, core: core)
        let modelField = root.field("model")
        let modelName = modelField.string(required: true)
        let dataField = root.field("data")
        let data = decodeData(dataField, forModel: modelName)
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

        let input: Input
        if isMathProg {
            do {
                let model = try MathProg.translate(model: modelPath, data: data.map(\.path))
                input = Input(source: .mathProg(path: modelPath, data: data.map(\.path)), model: model, method: method)
            } catch {
                // GLPK's message names the file and line that failed: the model or one data file.
                let field = data.first { $0.path == error.path }?.field ?? modelField
                field.report(translationProblem(error), hint: "fix the \(field === modelField ? "model" : "data") file")
                return nil
            }
        } else {
            do {
                let model = try Model.read(contentsOf: modelPath, format: format)
                input = Input(source: .file(path: modelPath), model: model, method: method)
            } catch {
                modelField.report(
                    "cannot read \"\(modelName)\": \(reason(of: error))", hint: "fix the model file")
                return nil
            }
        }
        checkTimeLimit(of: input, root, core: core)
        return input
    }

    /// The data files, resolved and checked, each with the reader that locates it; `nil` after
    /// reporting a problem. Checked even when the model is missing, so that one run reports both.
    private static func decodeData(
        _ field: NodeReader, forModel modelName: String?
    ) -> [(path: String, field: NodeReader)]? {
        guard let names = field.stringList() else { return field.isPresent ? nil : [] }
        if let modelName, !modelName.lowercased().hasSuffix(".mod") {
            field.report("data files go only with a MathProg (.mod) model", hint: "remove `data`, or name a .mod model")
            return nil
        }
        // One file alone may be written without brackets (`data: transport.dat`).
        let items: [NodeReader] =
            if case .sequence? = field.node?.value { field.elements() ?? [] } else { [field] }
        var files: [(path: String, field: NodeReader)] = []
        for (name, item) in zip(names, items) {
            let path = field.session.resolve(name)
            if exists(path, named: name, field: item) { files.append((path, item)) }
        }
        return files.count == names.count ? files : nil
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

    /// GLPK's interior point method cannot be stopped, so CorridorLP refuses it with a time limit
    /// for an LP (a MIP solves its relaxation with the dual simplex instead, and may have one).
    /// Said here, at `solver.method`, rather than as a failed solve.
    private static func checkTimeLimit(of input: Input, _ root: NodeReader, core: ScenarioCore) {
        guard input.method == .interiorPoint, core.solver.timeLimit != nil, !input.model.isMixedInteger,
            let seconds = core.solver.timeLimitSeconds
        else { return }
        root.field("solver").field("method").report(
            "GLPK's interior point method cannot be stopped by a time limit, and "
                + "solver.time_limit_seconds is \(NumberRange.format(seconds))",
            hint: "use auto or simplex to keep the time limit, or remove time_limit_seconds to use interior")
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
    private static func reason(of error: any Error) -> String {
        if case SolverError.unreadableFile(_, let reason)? = error as? SolverError { return reason }
        return "\(error)"
    }

    /// GLPK's message for a file that did not translate, which names the file and line
    /// (`bad.mod:2: y not defined`).
    private static func translationProblem(_ error: SolverError) -> String {
        switch error {
        case .mathProg(_, let message) where !message.isEmpty: message
        default: error.description
        }
    }
}

extension SolverError {
    /// The file a MathProg translation failed on.
    fileprivate var path: String? {
        switch self {
        case .mathProg(let path, _), .unreadableFile(let path, _): path
        default: nil
        }
    }
}
