// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario

extension KindRegistry {
    /// The kinds `corridor` solves. A new kind (berth, yard, crossings) joins here.
    static let corridor = KindRegistry([LPKind.self])
}
