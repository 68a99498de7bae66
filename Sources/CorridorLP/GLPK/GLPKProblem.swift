// SPDX-License-Identifier: GPL-3.0-or-later

import CGLPK
import CGLPKShim

/// A GLPK problem object (`glp_prob`), owned by the one call that made it.
///
/// This is the only type that holds a `glp_prob` pointer, and it cannot be copied: GLPK objects
/// belong to the thread that created them, so each is made, used and freed within one
/// synchronous call (no `await` in between). Every wrapper here takes values the caller has
/// already checked; GLPK aborts on invalid arguments.
struct GLPKProblem: ~Copyable {
    let pointer: OpaquePointer
    /// The thread's GLPK environment generation at creation; when a guarded call caught a GLPK
    /// error, `glp_free_env` has freed this object already and the generation moved on.
    private let generation: UInt

    /// `glp_create_prob`.
    init() {
        pointer = glp_create_prob()
        generation = UInt(cglpk_environment_generation())
    }

    /// `glp_delete_prob`, unless GLPK's environment was freed after an error.
    deinit {
        if isAlive { glp_delete_prob(pointer) }
    }

    var isAlive: Bool { UInt(cglpk_environment_generation()) == generation }

    // MARK: Problem-level calls

    /// `glp_set_prob_name`; the name was checked by ``Model/check(name:)``.
    func setName(_ name: String) { glp_set_prob_name(pointer, name.isEmpty ? nil : name) }
    /// `glp_get_prob_name`.
    var name: String { glp_get_prob_name(pointer).map { String(cString: $0) } ?? "" }
    /// `glp_set_obj_name`; the name was checked by ``Model/check(name:)``.
    func setObjectiveName(_ name: String) { glp_set_obj_name(pointer, name.isEmpty ? nil : name) }
    /// `glp_get_obj_name`.
    var objectiveName: String { glp_get_obj_name(pointer).map { String(cString: $0) } ?? "" }
    /// `glp_set_obj_dir`.
    func setSense(_ sense: ObjectiveSense) {
        glp_set_obj_dir(pointer, sense == .minimize ? GLP_MIN : GLP_MAX)
    }
    /// `glp_get_obj_dir`.
    var sense: ObjectiveSense { glp_get_obj_dir(pointer) == GLP_MAX ? .maximize : .minimize }
    /// `glp_get_num_rows`.
    var rowCount: Int { Int(glp_get_num_rows(pointer)) }
    /// `glp_get_num_cols`.
    var columnCount: Int { Int(glp_get_num_cols(pointer)) }
    /// `glp_get_num_nz`.
    var nonzeroCount: Int { Int(glp_get_num_nz(pointer)) }

    // MARK: Rows and columns (indices are 1-based here, as in GLPK)

    /// `glp_add_rows`; GLPK aborts on a count below 1, so none is a no-op.
    func addRows(_ count: Int) { if count > 0 { glp_add_rows(pointer, Int32(count)) } }
    /// `glp_add_cols`; GLPK aborts on a count below 1, so none is a no-op.
    func addColumns(_ count: Int) { if count > 0 { glp_add_cols(pointer, Int32(count)) } }
    /// `glp_set_row_name`.
    func setRowName(_ row: Int32, _ name: String) { glp_set_row_name(pointer, row, name) }
    /// `glp_set_col_name`.
    func setColumnName(_ column: Int32, _ name: String) { glp_set_col_name(pointer, column, name) }
    /// `glp_set_row_bnds`.
    func setRowBounds(_ row: Int32, _ bounds: Bounds) {
        glp_set_row_bnds(pointer, row, bounds.glpkType, bounds.glpkLower, bounds.glpkUpper)
    }
    /// `glp_set_col_bnds`.
    func setColumnBounds(_ column: Int32, _ bounds: Bounds) {
        glp_set_col_bnds(pointer, column, bounds.glpkType, bounds.glpkLower, bounds.glpkUpper)
    }
    /// `glp_set_col_kind` with `GLP_IV` or `GLP_CV`. Binary columns are loaded as integer columns
    /// with bounds 0 and 1 (`GLP_BV` would overwrite the bounds).
    func setColumnKind(_ column: Int32, integer: Bool) {
        glp_set_col_kind(pointer, column, integer ? GLP_IV : GLP_CV)
    }
    /// `glp_set_obj_coef`; column 0 is the objective's constant term.
    func setObjectiveCoefficient(_ column: Int32, _ value: Double) {
        glp_set_obj_coef(pointer, column, value)
    }

    /// `glp_load_matrix` through the guard; the caller has checked indices and merged duplicates.
    func loadMatrix(_ matrix: SparseMatrix) throws(SolverError) {
        guard matrix.count > 0 else { return }
        var aborted: Int32 = 0
        matrix.rows.withUnsafeBufferPointer { rows in
            matrix.columns.withUnsafeBufferPointer { columns in
                matrix.values.withUnsafeBufferPointer { values in
                    cglpk_load_matrix(
                        pointer, Int32(matrix.count), rows.baseAddress, columns.baseAddress,
                        values.baseAddress, &aborted)
                }
            }
        }
        if aborted != 0 { throw .solverFailure("glp_load_matrix rejected the matrix") }
    }

    // MARK: Reading a problem back

    /// `glp_get_row_name` (empty when unnamed).
    func rowName(_ row: Int32) -> String {
        glp_get_row_name(pointer, row).map { String(cString: $0) } ?? ""
    }
    /// `glp_get_col_name` (empty when unnamed).
    func columnName(_ column: Int32) -> String {
        glp_get_col_name(pointer, column).map { String(cString: $0) } ?? ""
    }
    /// `glp_get_row_type`, `glp_get_row_lb`, `glp_get_row_ub`.
    func rowBounds(_ row: Int32) -> Bounds {
        Bounds(
            glpkType: glp_get_row_type(pointer, row), lower: glp_get_row_lb(pointer, row),
            upper: glp_get_row_ub(pointer, row))
    }
    /// `glp_get_col_type`, `glp_get_col_lb`, `glp_get_col_ub`.
    func columnBounds(_ column: Int32) -> Bounds {
        Bounds(
            glpkType: glp_get_col_type(pointer, column), lower: glp_get_col_lb(pointer, column),
            upper: glp_get_col_ub(pointer, column))
    }
    /// `glp_get_col_kind`.
    func columnKind(_ column: Int32) -> VariableKind {
        switch glp_get_col_kind(pointer, column) {
        case GLP_BV: .binary
        case GLP_IV: .integer
        default: .continuous
        }
    }
    /// `glp_get_obj_coef`; column 0 is the constant term.
    func objectiveCoefficient(_ column: Int32) -> Double { glp_get_obj_coef(pointer, column) }

    /// `glp_get_mat_row`: the row's entries as 1-based column indices and values.
    func rowEntries(_ row: Int32, columns: inout [Int32], values: inout [Double]) -> Int {
        Int(glp_get_mat_row(pointer, row, &columns, &values))
    }
}

extension Bounds {
    /// GLPK's bound type for these bounds (`GLP_FR`, `GLP_LO`, `GLP_UP`, `GLP_DB`, `GLP_FX`).
    var glpkType: Int32 {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): GLP_FR
        case (true, false): GLP_LO
        case (false, true): GLP_UP
        case (true, true): lower == upper ? GLP_FX : GLP_DB
        }
    }
    /// The lower bound as GLPK stores it (0 when there is none; GLPK ignores it then).
    var glpkLower: Double { lower.isFinite ? lower : 0 }
    /// The upper bound as GLPK stores it (0 when there is none).
    var glpkUpper: Double { upper.isFinite ? upper : 0 }

    /// Bounds from GLPK's type and numbers.
    init(glpkType type: Int32, lower: Double, upper: Double) {
        switch type {
        case GLP_FR: self = .free
        case GLP_LO: self = .atLeast(lower)
        case GLP_UP: self = .atMost(upper)
        case GLP_FX: self = .exactly(lower)
        default: self = .between(lower, upper)
        }
    }
}
