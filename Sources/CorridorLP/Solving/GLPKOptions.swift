// SPDX-License-Identifier: GPL-3.0-or-later

/// GLPK's own branch-and-cut settings (`glp_iocp`), kept apart from the solver-neutral
/// ``SolveOptions`` as MathOptInterface keeps raw solver attributes apart from standard ones:
/// another backend reads ``SolveOptions`` and ignores these.
public struct GLPKOptions: Sendable, Equatable {
    /// Branching rule for branch-and-cut (`glp_iocp.br_tech`).
    public enum Branching: String, Sendable, Codable, CaseIterable {
        /// `GLP_BR_FFV`.
        case firstFractional = "first"
        /// `GLP_BR_LFV`.
        case lastFractional = "last"
        /// `GLP_BR_MFV`.
        case mostFractional = "most"
        /// `GLP_BR_DTH`: Driebeck and Tomlin's heuristic, GLPK's own default.
        case driebeckTomlin = "driebeck-tomlin"
        /// `GLP_BR_PCH`.
        case hybridPseudocost = "pseudocost"
    }

    /// Cutting planes for branch-and-cut (`glp_iocp.gmi_cuts`, `mir_cuts`, `cov_cuts`,
    /// `clq_cuts`).
    public struct Cuts: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let gomory = Cuts(rawValue: 1 << 0)
        public static let mixedIntegerRounding = Cuts(rawValue: 1 << 1)
        public static let cover = Cuts(rawValue: 1 << 2)
        public static let clique = Cuts(rawValue: 1 << 3)
        public static let all: Cuts = [.gomory, .mixedIntegerRounding, .cover, .clique]
    }

    public var cuts: Cuts
    /// GLPK's feasibility pump heuristic (`glp_iocp.fp_heur`).
    public var feasibilityPump: Bool
    /// GLPK's proximity search heuristic (`glp_iocp.ps_heur`).
    public var proximitySearch: Bool
    public var branching: Branching

    public init(
        cuts: Cuts = .all, feasibilityPump: Bool = true, proximitySearch: Bool = false,
        branching: Branching = .hybridPseudocost
    ) {
        self.cuts = cuts
        self.feasibilityPump = feasibilityPump
        self.proximitySearch = proximitySearch
        self.branching = branching
    }
}
