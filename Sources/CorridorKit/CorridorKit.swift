// SPDX-License-Identifier: GPL-3.0-or-later

// The umbrella of Corridor's library: `import CorridorKit` gives a planner's program the modeling
// layer and GLPK (CorridorLP), scenario files and results (CorridorScenario) and every planning
// model, with the registry of the kinds `corridor` knows (`KindRegistry.corridor`).
@_exported public import CorridorLP
@_exported public import CorridorScenario
@_exported public import CorridorBerth
@_exported public import CorridorYard
@_exported public import CorridorCrossings
