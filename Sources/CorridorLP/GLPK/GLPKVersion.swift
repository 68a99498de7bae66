// SPDX-License-Identifier: GPL-3.0-or-later

import CGLPK

extension GLPKSolver {
    /// The version of the GLPK library linked at run time (`glp_version`), e.g. "5.0".
    public static var version: String { String(cString: glp_version()) }
}
