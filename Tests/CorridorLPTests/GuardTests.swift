// SPDX-License-Identifier: GPL-3.0-or-later

@testable import CorridorLP
import Testing

/// The setjmp guard is the second line of defence, behind the checks in Swift: a GLPK error it
/// catches becomes a `SolverError`, GLPK's environment of the thread is rebuilt, and later solves
/// on the same thread work.
@Suite("GLPK error guard")
struct GuardTests {
    @Test func duplicateMatrixEntryIsCaughtNotAborted() async {
        await #expect(processExitsWith: .success) {
            // Bypass the model's merging: the same (row, column) twice makes glp_load_matrix
            // raise an error, which without the guard would abort the process.
            var matrix = SparseMatrix()
            matrix.rows += [1, 1]
            matrix.columns += [1, 1]
            matrix.values += [1, 2]
            matrix.rowStarts.append(3)
            #expect {
                try GLPKTerminal.capturing { _ throws(SolverError) in
                    let problem = GLPKProblem()
                    problem.addRows(1)
                    problem.addColumns(1)
                    try problem.loadMatrix(matrix)
                }
            } throws: { "\($0)".contains("glp_load_matrix") }

            // The thread's GLPK environment was freed and is usable again.
            let solution = try GLPKSolver().solve(ContractCase.knapsack.model)
            #expect(solution.objective == 21)
        }
    }
}
