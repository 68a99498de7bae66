// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import Synchronization
import CorridorScenario

/// The signals whose disposition the batch changed from the one it inherited, so that its
/// workers get exactly those back and keep everything else they inherit: under `nohup` SIGHUP
/// is ignored, and a worker must stay immune to the hangup as its batch is.
enum BatchSignals {
    private static let changed = Mutex(Set<Int32>())

    /// Ignores `signal` in the batch (it handles it itself, or as an error); `false` when it was
    /// already ignored (inherited: the batch must then not handle it either, and workers inherit
    /// it ignored).
    @discardableResult
    static func ignore(_ signal: Int32) -> Bool {
        changed.withLock { changed in
            if changed.contains(signal) { return true }
            // `signal` answers the disposition it replaces: what the batch inherited. (Function
            // pointers are not `Equatable` in Swift; their addresses are.)
            let previous = Foundation.signal(signal, SIG_IGN)
            let wasIgnored = unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
            if !wasIgnored { changed.insert(signal) }
            return !wasIgnored
        }
    }

    /// The signals a worker gets the default action back for.
    static var toReset: Set<Int32> { changed.withLock { $0 } }
}
