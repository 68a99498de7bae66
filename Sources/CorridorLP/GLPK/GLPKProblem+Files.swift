// SPDX-License-Identifier: GPL-3.0-or-later

import CGLPK
import CGLPKShim

extension GLPKProblem {
    /// `glp_read_lp`, `glp_read_mps` (`GLP_MPS_FILE` or `GLP_MPS_DECK`) or `glp_read_prob`,
    /// through the guard. Returns whether GLPK read the file; its reasons went to the terminal.
    func read(_ path: String, as format: ModelFileFormat) -> Bool {
        var aborted: Int32 = 0
        let code: Int32 =
            switch format {
            case .cplexLP: cglpk_read_lp(pointer, path, &aborted)
            case .freeMPS: cglpk_read_mps(pointer, GLP_MPS_FILE, path, &aborted)
            case .fixedMPS: cglpk_read_mps(pointer, GLP_MPS_DECK, path, &aborted)
            case .glpk: cglpk_read_prob(pointer, path, &aborted)
            }
        return aborted == 0 && code == 0
    }

    /// `glp_write_lp`, `glp_write_mps` or `glp_write_prob`, through the guard. Returns whether
    /// GLPK wrote the file.
    func write(_ path: String, as format: ModelFileFormat) -> Bool {
        var aborted: Int32 = 0
        let code: Int32 =
            switch format {
            case .cplexLP: cglpk_write_lp(pointer, path, &aborted)
            case .freeMPS: cglpk_write_mps(pointer, GLP_MPS_FILE, path, &aborted)
            case .fixedMPS: cglpk_write_mps(pointer, GLP_MPS_DECK, path, &aborted)
            case .glpk: cglpk_write_prob(pointer, path, &aborted)
            }
        return aborted == 0 && code == 0
    }
}
