// SPDX-License-Identifier: GPL-3.0-or-later

package import Foundation

/// Writes files so that a killed or crashed run leaves either the old file or the whole new one:
/// the bytes go to a temporary file in the same folder, are flushed to disk, and are renamed over
/// the target in one step (`rename(2)` is atomic within a file system).
package enum AtomicFile {
    /// Writes `data` to `path` atomically, with plain system calls: batches write one file per
    /// scenario, and this is the whole cost of each (no second temporary file, as Foundation's
    /// atomic writing makes).
    package static func write(_ data: Data, to path: String) throws {
        let temporary = temporaryPath(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var error: Int32 = 0
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(
                    descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    error = errno
                    return
                }
                offset += written
            }
        }
        if error == 0, fsync(descriptor) != 0 { error = errno }
        close(descriptor)
        guard error == 0, rename(temporary, path) == 0 else {
            let reason = failure(path, error == 0 ? errno : error)
            unlink(temporary)
            throw reason
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    package static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// A fresh temporary name beside `path` (hidden, so a folder listing skips it).
    package static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let random = String(UInt32.random(in: .min ... .max), radix: 16)
        return "\(folder)/.\(url.lastPathComponent).\(getpid()).\(random).tmp"
    }

    /// Flushes `temporary` to disk and renames it over `path`.
    package static func commit(_ temporary: String, to path: String) throws {
        let descriptor = open(temporary, O_RDONLY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        guard rename(temporary, path) == 0 else {
            let reason = failure(path, errno)
            try? FileManager.default.removeItem(atPath: temporary)
            throw reason
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> CocoaError {
        CocoaError(
            .fileWriteUnknown,
            userInfo: [
                NSFilePathErrorKey: path, NSLocalizedDescriptionKey: String(cString: strerror(code)),
            ])
    }
}
