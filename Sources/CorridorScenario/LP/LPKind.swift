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
public struct LPKind: ScenarioKind {
    public static let name = "lp"
    public static let needsHorizon = false

    /// The model, as validation left it.
    public enum Source: Sendable {
        /// An LP, MPS or GLPK file, already read (validation reads it, so a broken file is a
        /// located error before any solving).
        case file(path: String, model: Model)
        /// A MathProg model and its data files, translated when solved (translation is the
        /// expensive part, so it is done once, by the solve).
        case mathProg(path: String, data: [String])
    }

    public var source: Source
    /// The `solver.method` mapped to GLPK's methods.
    public var method: SolveOptions.Method

    public init(source: Source, method: SolveOptions.Method = .automatic) {
        self.source = source
        self.method = method
    }
}
