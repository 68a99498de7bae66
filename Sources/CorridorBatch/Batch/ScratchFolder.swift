// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import CorridorScenario

/// A batch's private scratch folder in its output folder, `.corridor-batch-<host>-<pid>-<random>`,
/// and the lock that tells a live batch's folder from an abandoned one.
///
/// An output folder may be shared by batches on several hosts or containers (a cluster's shared
/// volume), where process ids repeat and `kill(pid, 0)` says nothing about another host's
/// process: so the name carries the host and a random part, and a live batch holds an `flock`
/// on `.lock` inside its folder for as long as it runs (the kernel, or the file server, drops it
/// whatever kills the batch). A folder whose lock can be taken is abandoned.
enum ScratchFolder {
    static let prefix = ".corridor-batch-"
    static let lockName = ".lock"

    /// Creates a fresh scratch folder in `outputFolder` (creating that too) and locks it; returns
    /// its path (as given, not made absolute) and the lock's descriptor, held until the batch
    /// exits.
    static func create(in outputFolder: String) throws -> (path: String, lock: Int32) {
        let id = "\(host())-\(getpid())-\(String(UInt32.random(in: .min ... .max), radix: 16))"
        // Made and locked under another name, then renamed: under its final name a folder is
        // never without its held lock, so another batch's cleanup cannot take it for abandoned.
        let building = "\(outputFolder)/.corridor-new-\(id)"
        let path = "\(outputFolder)/\(prefix)\(id)"
        try FileManager.default.createDirectory(atPath: building, withIntermediateDirectories: true)
        let lock = open("\(building)/\(lockName)", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        // A file system without locks: no lock, and no other batch can take this folder's
        // either (see ``isAbandoned(_:)``), so it is kept.
        if lock >= 0 { _ = flock(lock, LOCK_EX | LOCK_NB) }
        guard rename(building, path) == 0 else {
            let reason = String(cString: strerror(errno))
            if lock >= 0 { close(lock) }
            try? FileManager.default.removeItem(atPath: building)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        }
        return (path, lock)
    }

    /// Whether the scratch folder at `path` belongs to no running batch: its lock can be taken.
    /// One without a lock file is kept (a file system without locks; or a folder of an old
    /// batch, `.corridor-batch-<pid>`, which goes by whether that process is alive here).
    static func isAbandoned(_ path: String, name: String) -> Bool {
        if let pid = pid_t(name.dropFirst(prefix.count)) {
            return !(kill(pid, 0) == 0 || errno == EPERM)
        }
        let lock = open("\(path)/\(lockName)", O_RDWR | O_CLOEXEC)
        guard lock >= 0 else { return false }
        defer { close(lock) }
        return flock(lock, LOCK_EX | LOCK_NB) == 0
    }

    /// This host's name, with only letters, digits and `_` (no `.` or `-`, which would make the
    /// folder's name ambiguous).
    private static func host() -> String {
        var name = [CChar](repeating: 0, count: 256)
        guard gethostname(&name, name.count - 1) == 0 else { return "host" }
        let bytes = name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        let text = String(decoding: bytes, as: UTF8.self).map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" }
        return text.isEmpty ? "host" : String(text.prefix(64))
    }
}
