// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// Removes what a killed batch leaves in its output folder: its scratch folder
/// (`.corridor-batch-<pid>`) and half-written temporary files of atomic writes
/// (`.<name>.<pid>.<random>.tmp`). Only those of processes that are gone, so two batches writing
/// into one folder do not pull files from under each other.
enum ScratchCleanup {
    static func removeLeftovers(in folder: String, keeping current: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasPrefix(".") {
            guard let pid = ownerPid(of: name), "\(folder)/\(name)" != current, !isAlive(pid)
            else { continue }
            try? FileManager.default.removeItem(atPath: "\(folder)/\(name)")
        }
    }

    /// The process id in a scratch folder's or temporary file's name.
    private static func ownerPid(of name: String) -> pid_t? {
        if name.hasPrefix(".corridor-batch-") {
            return pid_t(name.dropFirst(".corridor-batch-".count))
        }
        guard name.hasSuffix(".tmp") else { return nil }
        // `.<file>.<pid>.<random>.tmp`: the pid is the third field from the end.
        let fields = name.split(separator: ".")
        return fields.count >= 4 ? pid_t(fields[fields.count - 3]) : nil
    }

    private static func isAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
