// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorBerth
public import CorridorScenario
import CorridorYard
import CorridorCrossings

extension KindRegistry {
    /// The kinds `corridor` solves, for the loader and the batch workers. A new kind joins here,
    /// with one line, and nowhere else.
    public static let corridor = KindRegistry([
        LPKind.self,
        BerthKind.self,
        YardKind.self,
        CrossingsKind.self,
    ])
}
