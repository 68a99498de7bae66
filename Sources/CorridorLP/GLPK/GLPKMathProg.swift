// SPDX-License-Identifier: GPL-3.0-or-later

import CGLPK
import CGLPKShim

/// GLPK's MathProg translator workspace (`glp_tran`), owned by one call; each step is a guarded
/// call, and a failed step ends the sequence (going on after one aborts GLPK).
struct MathProgTranslator: ~Copyable {
    let pointer: OpaquePointer
    private let generation: UInt

    /// `glp_mpl_alloc_wksp`.
    init() {
        pointer = glp_mpl_alloc_wksp()
        generation = UInt(cglpk_environment_generation())
    }

    /// `glp_mpl_free_wksp`, unless GLPK's environment was freed after an error.
    deinit {
        if UInt(cglpk_environment_generation()) == generation { glp_mpl_free_wksp(pointer) }
    }

    /// `glp_mpl_read_model`; `skipData` ignores the model file's own data section.
    func readModel(_ path: String, skipData: Bool, terminal: GLPKTerminal) throws(SolverError) {
        var aborted: Int32 = 0
        let code = cglpk_mpl_read_model(pointer, path, skipData ? 1 : 0, &aborted)
        try check(code, aborted, path, terminal)
    }

    /// `glp_mpl_read_data`.
    func readData(_ path: String, terminal: GLPKTerminal) throws(SolverError) {
        var aborted: Int32 = 0
        let code = cglpk_mpl_read_data(pointer, path, &aborted)
        try check(code, aborted, path, terminal)
    }

    /// `glp_mpl_generate`, with `display` and `printf` output going to `output`.
    func generate(output: String, terminal: GLPKTerminal, path: String) throws(SolverError) {
        var aborted: Int32 = 0
        let code = cglpk_mpl_generate(pointer, output, &aborted)
        try check(code, aborted, path, terminal)
    }

    /// `glp_mpl_build_prob`.
    func build(
        _ problem: borrowing GLPKProblem, terminal: GLPKTerminal, path: String
    ) throws(SolverError) {
        var aborted: Int32 = 0
        cglpk_mpl_build_prob(pointer, problem.pointer, &aborted)
        try check(0, aborted, path, terminal)
    }

    /// `glp_mpl_postsolve` for the solution `algorithm` produced (`GLP_SOL`, `GLP_IPT` or
    /// `GLP_MIP`).
    func postsolve(
        _ problem: borrowing GLPKProblem, algorithm: Solution.Algorithm, terminal: GLPKTerminal,
        path: String
    ) throws(SolverError) {
        let kind: Int32 =
            switch algorithm {
            case .simplex: GLP_SOL
            case .interiorPoint: GLP_IPT
            case .branchAndCut: GLP_MIP
            }
        var aborted: Int32 = 0
        let code = cglpk_mpl_postsolve(pointer, problem.pointer, kind, &aborted)
        try check(code, aborted, path, terminal)
    }

    private func check(
        _ code: Int32, _ aborted: Int32, _ path: String, _ terminal: GLPKTerminal
    ) throws(SolverError) {
        if aborted != 0 || code != 0 {
            throw .mathProg(path: path, message: terminal.errorSummary)
        }
    }
}
