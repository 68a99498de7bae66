// SPDX-License-Identifier: GPL-3.0-or-later

/// The model file formats GLPK reads and writes.
public enum ModelFileFormat: String, Sendable, Codable, CaseIterable {
    /// CPLEX LP (`.lp`): `glp_read_lp`, `glp_write_lp`.
    case cplexLP = "lp"
    /// Free MPS (`.mps`), as HiGHS, PuLP and OR-Tools write it: `GLP_MPS_FILE`.
    case freeMPS = "mps"
    /// Fixed (old-style) MPS: `GLP_MPS_DECK`.
    case fixedMPS = "fixed-mps"
    /// GLPK's own format (`.glpk`): `glp_read_prob`, `glp_write_prob`.
    case glpk = "glpk"

    /// The format a file name's extension suggests: `.lp`, `.mps`, `.glpk`; `nil` for others
    /// (MathProg `.mod` files are read by ``MathProg``).
    public init?(pathExtension path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".lp") {
            self = .cplexLP
        } else if lowered.hasSuffix(".mps") {
            self = .freeMPS
        } else if lowered.hasSuffix(".glpk") || lowered.hasSuffix(".glp") {
            self = .glpk
        } else {
            return nil
        }
    }
}
