// SPDX-License-Identifier: GPL-3.0-or-later

/// A solver call that failed: each message names the bad value or file and says what to do.
///
/// Outcomes of a well-formed model (infeasible, unbounded, time limit) are never errors; see
/// ``TerminationStatus``.
public enum SolverError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An option out of range.
    case invalidOption(name: String, value: String, reason: String)
    /// A starting solution that breaks a bound, integrality or a row.
    case infeasibleStart(reason: String)
    /// A model the solver refuses (see ``ModelError``).
    case invalidModel(ModelError)
    /// A file that could not be read, with GLPK's words (and line number) where it gave them.
    case unreadableFile(path: String, reason: String)
    /// A file that could not be written.
    case unwritableFile(path: String, reason: String)
    /// A MathProg model or data file that failed to translate, with GLPK's message.
    case mathProg(path: String, message: String)
    /// GLPK failed numerically or internally (singular basis, interior point instability, an
    /// internal error caught by the guard).
    case solverFailure(String)

    public var description: String {
        switch self {
        case .invalidOption(let name, let value, let reason):
            "option \(name) = \(value): \(reason)"
        case .infeasibleStart(let reason):
            "starting solution is not feasible: \(reason) — fix it or solve without it"
        case .invalidModel(let error):
            error.description
        case .unreadableFile(let path, let reason):
            "\(path): \(reason)"
        case .unwritableFile(let path, let reason):
            "\(path): cannot write: \(reason) — check that the folder exists and is writable"
        case .mathProg(let path, let message):
            "\(path): \(message)"
        case .solverFailure(let message):
            "GLPK failed: \(message)"
        }
    }
}
