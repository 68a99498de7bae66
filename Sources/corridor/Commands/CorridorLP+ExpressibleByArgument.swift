// SPDX-License-Identifier: GPL-3.0-or-later

// Library enums that command-line options take by their raw values (`--method dual`).
// A conformance of a public type is public, so ArgumentParser is imported publicly here only.
public import ArgumentParser
public import CorridorLP

extension SolveOptions.Method: ExpressibleByArgument {}
extension ModelFileFormat: ExpressibleByArgument {}
extension SolveOptions.Branching: ExpressibleByArgument {}
extension FlowSolution.Algorithm: ExpressibleByArgument {}
