// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import CorridorScenario

/// Removes what a killed batch leaves in its output folder: its scratch folder (see
/// ``ScratchFolder``: one whose lock nobody holds) and half-written temporary files of atomic
/// writes (`.<name>.<pid>.<random>.tmp`, of processes that are gone). Only those, so two batches
/// writing into one folder do not pull files from under each other.
enum ScratchCleanup {
    static func removeLeftovers(in folder: String, keeping current: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasPrefix(".") {
            let path = "\(folder)/\(name)"
            guard path != current else { continue }
            if name.hasPrefix(ScratchFolder.prefix) {
                guard ScratchFolder.isAbandoned(path, name: name) else { continue }
            } else {
                guard let pid = temporaryFileOwner(name), !isAlive(pid) else { continue }
            }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// The process id in a temporary file's name.
    private static func temporaryFileOwner(_ name: String) -> pid_t? {
        guard name.hasSuffix(".tmp") else { return nil }
        // `.<file>.<pid>.<random>.tmp`: the pid is the third field from the end.
        let fields = name.split(separator: ".")
        return fields.count >= 4 ? pid_t(fields[fields.count - 3]) : nil
    }

    private static func isAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
