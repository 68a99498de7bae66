// SPDX-License-Identifier: GPL-3.0-or-later

package import Foundation

/// Writes files so that a killed or crashed run leaves either the old file or the whole new one:
/// the bytes go to a temporary file in the same folder, are flushed to disk, and are renamed over
/// the target in one step (`rename(2)` is atomic within a file system).
///
/// What the target is decides how (see ``AtomicFileTarget``): a regular file or a new name is
/// replaced atomically; a symbolic link is followed and its final target replaced, in the
/// target's folder (renaming over the link would replace the link); a device or FIFO
/// (`--json /dev/stdout`, a pipe a user made with `mkfifo`) is written to directly, as `>` in a
/// shell would, because renaming over it would replace `/dev/null` with a regular file.
package enum AtomicFile {
    /// Writes `data` to `path`, atomically unless `path` is a device or FIFO.
    ///
    /// - Throws: ``AtomicFileError``, whose text says what is wrong with `path` (a folder, a name
    ///   too long, a FIFO without a reader, a missing folder) and what to do.
    package static func write(_ data: Data, to path: String) throws {
        let target = try AtomicFileTarget.resolve(path)
        if target.isStream {
            try writeStream(data, to: target.path, via: path)
            return
        }
        let temporary = temporaryPath(inFolderOf: target.path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw AtomicFileError(target.path, errno: errno, creating: true, via: path) }
        var error = writeAll(data, to: descriptor)
        if error == 0, fsync(descriptor) != 0 { error = errno }
        close(descriptor)
        guard error == 0, rename(temporary, target.path) == 0 else {
            let reason = AtomicFileError(target.path, errno: error == 0 ? errno : error, via: path)
            unlink(temporary)
            throw reason
        }
    }

    /// Writes `text` as UTF-8 to `path`, atomically unless `path` is a device or FIFO.
    package static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// A fresh temporary name for writing `path` through ``commit(_:to:)``: beside the file that
    /// `path` finally names (a symbolic link followed), so that the rename stays within one file
    /// system; in the system's temporary folder when `path` is a device or FIFO, which is
    /// copied to rather than renamed over.
    package static func temporaryPath(for path: String) -> String {
        // A path that does not resolve fails in `commit`, with its reason; the name only has to
        // be a fresh one until then.
        let target = try? AtomicFileTarget.resolve(path)
        if target?.isStream == true {
            return temporaryPath(inFolderOf: NSTemporaryDirectory() + "/stream")
        }
        return temporaryPath(inFolderOf: target?.path ?? path)
    }

    /// A fresh hidden name in the folder of `path`: `.c-<pid>-<random>.tmp`, short whatever
    /// `path`'s name (a name of up to 255 bytes is valid, so the temporary name cannot be built
    /// from it), with the pid so that a batch can tell a dead process's leftover from a live
    /// write (see `ScratchCleanup`).
    package static func temporaryPath(inFolderOf path: String) -> String {
        let random = String(UInt32.random(in: .min ... .max), radix: 16)
        return "\(AtomicFileTarget.folder(of: path))/.c-\(getpid())-\(random).tmp"
    }

    /// Flushes `temporary` to disk and puts it in place of `path`: renamed over a regular file or
    /// a new name (a symbolic link followed), copied into a device or FIFO; `temporary` is gone
    /// afterwards either way.
    package static func commit(_ temporary: String, to path: String) throws {
        let target: AtomicFileTarget
        do {
            target = try AtomicFileTarget.resolve(path)
        } catch {
            unlink(temporary)
            throw error
        }
        if target.isStream {
            defer { unlink(temporary) }
            guard let data = FileManager.default.contents(atPath: temporary) else {
                throw AtomicFileError(temporary, errno: errno)
            }
            try writeStream(data, to: target.path, via: path)
            return
        }
        let descriptor = open(temporary, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        guard rename(temporary, target.path) == 0 else {
            let reason = AtomicFileError(target.path, errno: errno, via: path)
            unlink(temporary)
            throw reason
        }
    }

    /// Writes `data` into the device or FIFO at `path`, opened without creating or truncating.
    ///
    /// A FIFO is opened non-blocking first: with no process reading it, `open` would wait
    /// forever, where this says so (ENXIO) at once. Once open, writes block as usual.
    private static func writeStream(_ data: Data, to path: String, via given: String) throws {
        let descriptor = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw AtomicFileError(path, errno: errno, via: given) }
        defer { close(descriptor) }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        let error = writeAll(data, to: descriptor)
        guard error == 0 else { throw AtomicFileError(path, errno: error, via: given) }
    }

    /// Writes all of `data` to `descriptor`; returns 0 or the `errno` of the failed write.
    private static func writeAll(_ data: Data, to descriptor: Int32) -> Int32 {
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
    }
}
