// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// Writes a result file atomically with plain system calls: a temporary file beside it
/// (`.<name>.<pid>.<random>.tmp`, the form ``ScratchCleanup`` removes when its writer is gone),
/// flushed to disk, then renamed over the target — a killed batch or a lost node leaves the old
/// file or the whole new one.
///
/// The batch writes one per scenario, so this avoids `AtomicFile`'s Foundation path (which
/// writes the bytes through a second temporary file of its own, plus `URL` and `UUID` work).
enum ResultWrite {
    static func atomically(_ data: Data, to path: String) throws {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let random = String(UInt32.random(in: .min ... .max), radix: 16)
        let temporary = "\(folder).\(name).\(getpid()).\(random).tmp"

        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(path) }
        let written = DescriptorWriter.writeAll(data, to: descriptor)
        let flushed = written && fsync(descriptor) == 0
        let error = errno
        close(descriptor)
        guard flushed, rename(temporary, path) == 0 else {
            let reason = failure(path, errno: flushed ? errno : error)
            unlink(temporary)
            throw reason
        }
    }

    private static func failure(_ path: String, errno code: Int32 = errno) -> CocoaError {
        CocoaError(
            .fileWriteUnknown,
            userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: String(cString: strerror(code))])
    }
}
