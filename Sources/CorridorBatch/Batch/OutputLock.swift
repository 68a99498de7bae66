// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// The lock that keeps two batches from writing one output folder: `DIR/.corridor-batch.lock`,
/// held with `flock` for as long as a batch runs (the kernel drops it whatever ends the batch).
///
/// Without it two batches on one `--out` both solve everything, overwrite each other's results
/// and the summary lists only the last one's scenarios. The file holds the holder's pid, for the
/// message; it is never removed (removing a lock file lets a batch that opened it before the
/// removal lock a file nobody else sees), so a finished batch leaves it behind, empty of meaning.
enum OutputLock {
    static let name = ".corridor-batch.lock"

    /// Takes the lock of `folder` (which exists); returns its descriptor, kept open
    /// (close-on-exec: no worker holds it) until the batch exits. `-1` on a file system without
    /// locks, where the batch runs unguarded as before.
    ///
    /// - Throws: ``BatchError`` when another batch holds it: "another batch is writing to DIR
    ///   (pid N)".
    static func acquire(in folder: String) throws(BatchError) -> Int32 {
        let path = "\(folder)/\(name)"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BatchError(
                "--out \(folder): cannot create \(name) (\(String(cString: strerror(errno))))"
                    + " — check the folder's permissions")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            // No locks here (some network file systems): as before this lock existed.
            guard code == EWOULDBLOCK else { return -1 }
            let holder = String(decoding: readAll(descriptor), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            close(descriptor)
            let who = holder.isEmpty ? "" : " (\(holder))"
            throw BatchError(
                "another batch is writing to \(folder)\(who) — wait for it to end, or give another --out")
        }
        // Who holds it, for the message a second batch prints.
        let text = "pid \(getpid())\(host())\n"
        _ = ftruncate(descriptor, 0)
        _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
        return descriptor
    }

    private static func readAll(_ descriptor: Int32) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 256)
        let count = pread(descriptor, &bytes, bytes.count, 0)
        return Array(bytes.prefix(max(0, count)))
    }

    /// ` on HOST` when the host has a name: a shared volume's folder may be locked from another
    /// machine, where the pid means nothing here.
    private static func host() -> String {
        var name = [CChar](repeating: 0, count: 256)
        guard gethostname(&name, name.count - 1) == 0 else { return "" }
        let text = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.isEmpty ? "" : " on \(text)"
    }
}
