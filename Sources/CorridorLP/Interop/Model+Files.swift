// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorSupport
import Foundation

extension Model {
    /// Reads a model file with GLPK's readers.
    ///
    /// Without a format, the extension decides; a `.mps` file is read as free MPS first and, when
    /// that fails, as fixed MPS (most tools write free MPS, and a free file read as fixed misreads
    /// names).
    ///
    /// - Throws: ``SolverError/unreadableFile(path:reason:)`` with GLPK's message and line number.
    public static func read(
        contentsOf path: String, format: ModelFileFormat? = nil
    ) throws(SolverError) -> Model {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadableFile(
                path: path,
                reason: FileManager.default.fileExists(atPath: path)
                    ? "not readable — check its permissions" : "no such file — check the path")
        }
        guard let format = format ?? ModelFileFormat(pathExtension: path) else {
            throw .unreadableFile(
                path: path,
                reason: "unknown model format — name it .lp, .mps or .glpk, or give the format")
        }
        if format == .freeMPS {
            if let model = try? read(path, as: .freeMPS) { return model }
            if let model = try? read(path, as: .fixedMPS) { return model }
        }
        return try read(path, as: format)
    }

    private static func read(_ path: String, as format: ModelFileFormat) throws(SolverError) -> Model {
        // GLPK rejects the OBJSENSE section other tools write: read a copy without it.
        var source = path
        var mpsSense: ObjectiveSense?
        if format == .freeMPS || format == .fixedMPS,
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        {
            let stripped = ModelFileConventions.removingObjectiveSense(fromMPS: text)
            if let sense = stripped.sense {
                mpsSense = sense
                source = AtomicFile.temporaryPath(for: NSTemporaryDirectory() + "/read.mps")
                guard FileManager.default.createFile(atPath: source, contents: Data(stripped.text.utf8))
                else { throw .unreadableFile(path: path, reason: "cannot make a temporary copy") }
            }
        }
        defer { if source != path { try? FileManager.default.removeItem(atPath: source) } }

        var model = try GLPKTerminal.capturing { terminal throws(SolverError) in
            let problem = GLPKProblem()
            guard problem.read(source, as: format) else {
                throw .unreadableFile(
                    path: path,
                    reason: "not a valid \(format.rawValue) file: "
                        + terminal.errorSummary.replacingOccurrences(of: source, with: path))
            }
            return Model(problem)
        }
        model.foldObjectiveConstantColumn(format)
        switch format {
        case .freeMPS, .fixedMPS:
            if let mpsSense { model.sense = mpsSense }
        case .cplexLP:
            if let text = try? String(contentsOfFile: path, encoding: .utf8),
                let constant = ModelFileConventions.objectiveConstant(inLP: text)
            {
                model.objectiveConstant += constant
            }
        case .glpk:
            break
        }
        return model
    }

    /// Writes the model in `format`, atomically: a reader never sees a half-written file.
    public func write(to path: String, format: ModelFileFormat? = nil) throws(SolverError) {
        guard let format = format ?? ModelFileFormat(pathExtension: path) else {
            throw .unwritableFile(
                path: path, reason: "unknown model format — name it .lp, .mps or .glpk")
        }
        let prepared = try preparedForFile(format, path: path)
        let temporary = AtomicFile.temporaryPath(for: path)
        try GLPKTerminal.capturing { terminal throws(SolverError) in
            let problem = GLPKProblem()
            try problem.load(prepared)
            guard problem.write(temporary, as: format) else {
                try? FileManager.default.removeItem(atPath: temporary)
                throw .unwritableFile(path: path, reason: terminal.errorSummary)
            }
        }
        do {
            if format == .freeMPS || format == .fixedMPS, sense == .maximize {
                let text = try String(contentsOfFile: temporary, encoding: .utf8)
                let completed = ModelFileConventions.addingObjectiveSense(toMPS: text, sense: sense)
                try Data(completed.utf8).write(to: URL(fileURLWithPath: temporary))
            }
            try AtomicFile.commit(temporary, to: path)
        } catch {
            throw .unwritableFile(path: path, reason: "\(error)")
        }
    }
}
