// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorLP

/// `kind: lp`: a scenario that names a ready model file (CPLEX LP, free MPS, GLPK or MathProg),
/// so any LP or MIP can be batch-solved and swept like the planning models. It needs no horizon;
/// its plan is `{variable: value}` for the non-zero values.
///
/// ```yaml
/// kind: lp
/// model: transport.mod      # .lp, .mps, .glpk or .mod
/// data: [transport.dat]     # MathProg data files; only with a .mod model
/// solver: {time_limit_seconds: 30}
/// ```
public enum LPKind: ScenarioKind {
    public static let name = "lp"
    public static let needsHorizon = false

    /// An `lp` scenario's input: the model, read (or translated, for MathProg) by validation, so
    /// that a file that cannot be read or translated is a located error before any solving, and
    /// the solve translates nothing again.
    public struct Input: Sendable {
        public var source: Source
        public var model: Model
        /// The `solver.method` mapped to the solver's methods.
        public var method: SolveOptions.Method

        public init(source: Source, model: Model, method: SolveOptions.Method = .automatic) {
            self.source = source
            self.model = model
            self.method = method
        }
    }

    /// The file (or files) the model came from.
    public enum Source: Sendable, Hashable {
        /// An LP, MPS or GLPK file.
        case file(path: String)
        /// A MathProg model and its data files.
        case mathProg(path: String, data: [String])
    }
}
