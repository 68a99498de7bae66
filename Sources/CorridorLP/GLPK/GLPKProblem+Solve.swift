// SPDX-License-Identifier: GPL-3.0-or-later

import CGLPK
import CGLPKShim

/// When a solve must stop: GLPK takes a time limit per call in milliseconds, so each call gets
/// what is left of the one limit the user gave.
struct Deadline {
    let clock = ContinuousClock()
    let end: ContinuousClock.Instant?

    init(_ limit: Duration?) {
        let now = clock.now
        end = limit.map { now + $0 }
    }

    /// What is left, in GLPK's `tm_lim` units; `nil` for no limit.
    var remainingMilliseconds: Int32? {
        guard let end else { return nil }
        let left = clock.now.duration(to: end).components
        let milliseconds = left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(milliseconds, 0))
    }
}

extension GLPKProblem {
    /// Solves the loaded problem: simplex or interior point for an LP; for a MIP, the LP relaxation
    /// by simplex, then branch-and-cut from its basis. GLPK's return code and status calls differ
    /// per method, and each is mapped to a ``TerminationStatus`` here, in one place.
    func solve(
        _ options: SolveOptions, start: [Double]?, deadline: Deadline, terminal: GLPKTerminal
    ) throws(SolverError) -> Solution {
        if glp_get_num_int(pointer) > 0 {
            if let column = roundIntegerBoundsInward() {
                let name = columnName(column)
                return Solution(
                    status: .infeasible,
                    message: "integer variable \(name.isEmpty ? "x\(column)" : name)"
                        + " has no whole number between its bounds")
            }
            return try branchAndCut(options, start: start, deadline: deadline, terminal: terminal)
        }
        if options.method == .interiorPoint {
            return try interiorPoint(options, deadline: deadline, terminal: terminal)
        }
        return try simplex(options, deadline: deadline, terminal: terminal)
    }

    // MARK: Simplex

    /// `glp_simplex`, classified by its return code and `glp_get_status`.
    func simplex(
        _ options: SolveOptions, deadline: Deadline, terminal: GLPKTerminal,
        presolve: Bool? = nil
    ) throws(SolverError) -> Solution {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = options.verbose ? GLP_MSG_ALL : GLP_MSG_ERR
        parameters.meth = options.method == .primalSimplex ? GLP_PRIMAL : GLP_DUALP
        parameters.presolve = (presolve ?? options.presolve) ? GLP_ON : GLP_OFF
        if let milliseconds = deadline.remainingMilliseconds { parameters.tm_lim = milliseconds }
        var aborted: Int32 = 0
        let code = cglpk_simplex(pointer, &parameters, &aborted)
        if aborted != 0 { throw .solverFailure("simplex: \(terminal.errorSummary)") }

        switch code {
        case 0:
            switch glp_get_status(pointer) {
            case GLP_OPT: return basicSolution(.optimal)
            case GLP_FEAS: return basicSolution(.feasible)
            case GLP_NOFEAS: return Solution(status: .infeasible, message: "no feasible solution")
            case GLP_UNBND: return Solution(status: .unbounded, message: "objective is unbounded")
            default:
                if glp_get_dual_stat(pointer) == GLP_NOFEAS {
                    return try classifyDualInfeasible(options, deadline: deadline, terminal: terminal)
                }
                return Solution(status: .noSolution, message: "simplex found no solution")
            }
        case GLP_ENOPFS:
            return Solution(status: .infeasible, message: "presolve: no primal feasible solution")
        case GLP_ENODFS:
            // Presolve cannot tell unbounded from infeasible; the simplex itself can.
            return try simplex(options, deadline: deadline, terminal: terminal, presolve: false)
        case GLP_ETMLIM, GLP_EITLIM:
            let what = code == GLP_ETMLIM ? "time limit reached" : "iteration limit reached"
            return glp_get_prim_stat(pointer) == GLP_FEAS
                ? basicSolution(.feasible, message: what)
                : Solution(status: .noSolution, message: what)
        default:
            throw .solverFailure("simplex stopped (\(Self.describe(code))): \(terminal.errorSummary)")
        }
    }

    /// The dual simplex proved that no dual feasible solution exists (`glp_get_dual_stat` is
    /// `GLP_NOFEAS`) but leaves the primal status undefined: the LP is unbounded or infeasible.
    /// The primal simplex, from the basis reached, tells which (as glpsol's output does).
    private func classifyDualInfeasible(
        _ options: SolveOptions, deadline: Deadline, terminal: GLPKTerminal
    ) throws(SolverError) -> Solution {
        guard options.method != .primalSimplex else {
            return Solution(
                status: .infeasibleOrUnbounded,
                message: "no dual feasible solution: the LP is unbounded or infeasible")
        }
        var primal = options
        primal.method = .primalSimplex
        var solution = try simplex(primal, deadline: deadline, terminal: terminal, presolve: false)
        switch solution.status {
        case .unbounded, .infeasible:
            solution.message += "; the dual simplex found no dual feasible solution, the primal"
                + " simplex classified the LP"
            return solution
        case .noSolution, .feasible:
            // Out of time in the primal run: only the dual's finding is proven.
            return Solution(
                status: .infeasibleOrUnbounded,
                message: "no dual feasible solution: the LP is unbounded or infeasible"
                    + " (\(solution.message))")
        default:
            return solution
        }
    }

    /// The basic solution after `glp_simplex`, with duals when it is optimal.
    private func basicSolution(_ status: TerminationStatus, message: String = "") -> Solution {
        let objective = glp_get_obj_val(pointer)
        return Solution(
            status: status, objective: objective, bound: status == .optimal ? objective : nil,
            values: columnValues(glp_get_col_prim), rowActivities: rowValues(glp_get_row_prim),
            duals: status == .optimal ? rowValues(glp_get_row_dual) : nil,
            reducedCosts: status == .optimal ? columnValues(glp_get_col_dual) : nil,
            message: message, algorithm: .simplex)
    }

    // MARK: Interior point

    /// `glp_interior`, classified by its return code and `glp_ipt_status`. GLPK's interior point
    /// has no time limit, so the solver refuses one up front.
    func interiorPoint(
        _ options: SolveOptions, deadline: Deadline, terminal: GLPKTerminal
    ) throws(SolverError) -> Solution {
        var parameters = glp_iptcp()
        glp_init_iptcp(&parameters)
        parameters.msg_lev = options.verbose ? GLP_MSG_ALL : GLP_MSG_ERR
        var aborted: Int32 = 0
        let code = cglpk_interior(pointer, &parameters, &aborted)
        if aborted != 0 { throw .solverFailure("interior point: \(terminal.errorSummary)") }
        switch (code, glp_ipt_status(pointer)) {
        case (0, GLP_OPT):
            let objective = glp_ipt_obj_val(pointer)
            return Solution(
                status: .optimal, objective: objective, bound: objective,
                values: columnValues(glp_ipt_col_prim), rowActivities: rowValues(glp_ipt_row_prim),
                duals: rowValues(glp_ipt_row_dual), reducedCosts: columnValues(glp_ipt_col_dual),
                algorithm: .interiorPoint)
        default:
            // GLPK's interior point reports an unbounded LP as "no feasible solution" and often
            // fails to converge on infeasible ones; the simplex tells the cases apart.
            var solution = try simplex(options, deadline: deadline, terminal: terminal)
            solution.message = "interior point: \(code == 0 ? "no feasible solution" : Self.describe(code));"
                + " classified by the dual simplex"
            return solution
        }
    }

    // MARK: Branch-and-cut

    /// The LP relaxation by `glp_simplex`, then `glp_intopt` from its basis, with a callback that
    /// records the best bound and hands GLPK the starting solution.
    func branchAndCut(
        _ options: SolveOptions, start: [Double]?, deadline: Deadline, terminal: GLPKTerminal
    ) throws(SolverError) -> Solution {
        var relaxationOptions = options
        if relaxationOptions.method == .interiorPoint { relaxationOptions.method = .dualSimplex }
        let relaxation = try simplex(
            relaxationOptions, deadline: deadline, terminal: terminal, presolve: false)
        switch relaxation.status {
        case .optimal: break
        case .unbounded:
            return Solution(
                status: .infeasibleOrUnbounded,
                message: "the LP relaxation is unbounded: the model is unbounded or has no integer solution")
        case .infeasibleOrUnbounded:
            return Solution(
                status: .infeasibleOrUnbounded,
                message: "the LP relaxation is unbounded or infeasible, so is the model")
        case .feasible, .noSolution:
            // The relaxation says why it stopped: a time limit only when one was set.
            return Solution(
                status: .noSolution, message: "LP relaxation: \(relaxation.message)")
        case .infeasible:
            return Solution(status: .infeasible, message: "the LP relaxation is infeasible")
        }

        let monitor = BranchAndCutMonitor(start: start)
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = options.verbose ? GLP_MSG_ALL : GLP_MSG_ERR
        parameters.br_tech = options.glpk.branching.glpkValue
        parameters.bt_tech = GLP_BT_BLB
        parameters.mip_gap = options.relativeGap
        parameters.gmi_cuts = options.glpk.cuts.contains(.gomory) ? GLP_ON : GLP_OFF
        parameters.mir_cuts = options.glpk.cuts.contains(.mixedIntegerRounding) ? GLP_ON : GLP_OFF
        parameters.cov_cuts = options.glpk.cuts.contains(.cover) ? GLP_ON : GLP_OFF
        parameters.clq_cuts = options.glpk.cuts.contains(.clique) ? GLP_ON : GLP_OFF
        parameters.fp_heur = options.glpk.feasibilityPump ? GLP_ON : GLP_OFF
        parameters.ps_heur = options.glpk.proximitySearch ? GLP_ON : GLP_OFF
        // With MIP presolve the callback sees a presolved problem, whose columns a starting
        // solution in original numbering would silently corrupt.
        parameters.presolve = options.presolve && start == nil ? GLP_ON : GLP_OFF
        if let milliseconds = deadline.remainingMilliseconds {
            parameters.tm_lim = milliseconds
            parameters.ps_tm_lim = min(parameters.ps_tm_lim, milliseconds)
        }
        parameters.cb_func = branchAndCutCallback
        parameters.cb_info = Unmanaged.passUnretained(monitor).toOpaque()

        var aborted: Int32 = 0
        let code = withExtendedLifetime(monitor) { cglpk_intopt(pointer, &parameters, &aborted) }
        if aborted != 0 { throw .solverFailure("branch-and-cut: \(terminal.errorSummary)") }

        let status: TerminationStatus
        var message = ""
        switch (code, glp_mip_status(pointer)) {
        case (0, GLP_OPT): status = .optimal
        case (_, GLP_NOFEAS), (GLP_ENOPFS, _): status = .infeasible
        case (GLP_ENODFS, _): status = .infeasibleOrUnbounded
        case (GLP_ETMLIM, GLP_FEAS), (GLP_ETMLIM, GLP_OPT):
            status = .feasible
            message = "time limit reached"
        case (GLP_ETMLIM, _):
            status = .noSolution
            message = "time limit reached before any integer solution"
        case (GLP_EMIPGAP, _):
            status = .feasible
            message = "relative gap \(options.relativeGap) reached"
        case (0, GLP_FEAS): status = .feasible
        default:
            throw .solverFailure(
                "branch-and-cut stopped (\(Self.describe(code))): \(terminal.errorSummary)")
        }
        guard status.hasSolution else { return Solution(status: status, message: message) }

        let objective = glp_mip_obj_val(pointer)
        return Solution(
            status: status, objective: objective,
            bound: status == .optimal
                ? objective
                : monitor.bound(relaxation: relaxation.objective ?? objective, objective: objective,
                                sense: sense),
            values: columnValues(glp_mip_col_val), rowActivities: rowValues(glp_mip_row_val),
            message: message, algorithm: .branchAndCut)
    }

    // MARK: Reading values

    private func columnValues(
        _ read: (OpaquePointer?, Int32) -> Double
    ) -> [Double] {
        let count = columnCount
        return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count { buffer[index] = read(pointer, Int32(index + 1)) }
            initialized = count
        }
    }

    private func rowValues(_ read: (OpaquePointer?, Int32) -> Double) -> [Double] {
        let count = rowCount
        return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count { buffer[index] = read(pointer, Int32(index + 1)) }
            initialized = count
        }
    }

    /// GLPK's name for a return code, for messages.
    static func describe(_ code: Int32) -> String {
        switch code {
        case GLP_EBADB: "GLP_EBADB: invalid basis"
        case GLP_ESING: "GLP_ESING: singular matrix"
        case GLP_ECOND: "GLP_ECOND: ill-conditioned matrix"
        case GLP_EBOUND: "GLP_EBOUND: invalid bounds"
        case GLP_EFAIL: "GLP_EFAIL: solver failure"
        case GLP_EOBJLL, GLP_EOBJUL: "objective limit reached"
        case GLP_EITLIM: "GLP_EITLIM: iteration limit"
        case GLP_ETMLIM: "GLP_ETMLIM: time limit"
        case GLP_ENOPFS: "GLP_ENOPFS: no primal feasible solution"
        case GLP_ENODFS: "GLP_ENODFS: no dual feasible solution"
        case GLP_EROOT: "GLP_EROOT: no optimal LP relaxation"
        case GLP_ESTOP: "GLP_ESTOP: stopped by the application"
        case GLP_EMIPGAP: "GLP_EMIPGAP: relative gap reached"
        case GLP_ENOCVG: "GLP_ENOCVG: no convergence"
        case GLP_EINSTAB: "GLP_EINSTAB: numerical instability"
        default: "return code \(code)"
        }
    }
}

/// What the branch-and-cut callback learns and gives: the best bound among active nodes, and the
/// starting solution (1-based, as `glp_ios_heur_sol` reads it), offered once.
final class BranchAndCutMonitor {
    let start: [Double]?
    var offeredStart = false
    var bestNodeBound: Double?

    init(start: [Double]?) { self.start = start.map { [0] + $0 } }

    /// The proven bound: the relaxation's, tightened by the best active node's, never past the
    /// incumbent.
    func bound(relaxation: Double, objective: Double, sense: ObjectiveSense) -> Double {
        let node = bestNodeBound ?? relaxation
        return sense == .minimize
            ? min(max(relaxation, node), objective)
            : max(min(relaxation, node), objective)
    }
}

/// `glp_iocp.cb_func`: a C function without captures, so its state comes through `info`.
private let branchAndCutCallback: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void =
    { tree, info in
        guard let tree, let info else { return }
        let monitor = Unmanaged<BranchAndCutMonitor>.fromOpaque(info).takeUnretainedValue()
        if glp_ios_reason(tree) == GLP_IHEUR, !monitor.offeredStart, let start = monitor.start {
            monitor.offeredStart = true
            _ = start.withUnsafeBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) }
        }
        let node = glp_ios_best_node(tree)
        if node != 0 { monitor.bestNodeBound = glp_ios_node_bound(tree, node) }
    }

extension GLPKOptions.Branching {
    /// `glp_iocp.br_tech`.
    var glpkValue: Int32 {
        switch self {
        case .firstFractional: GLP_BR_FFV
        case .lastFractional: GLP_BR_LFV
        case .mostFractional: GLP_BR_MFV
        case .driebeckTomlin: GLP_BR_DTH
        case .hybridPseudocost: GLP_BR_PCH
        }
    }
}
