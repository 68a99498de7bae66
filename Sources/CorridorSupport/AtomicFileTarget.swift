// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// What an output path finally names, which decides how ``AtomicFile`` writes it.
struct AtomicFileTarget {
    /// The path to write: the given one, or the final target of the symbolic links it goes
    /// through (relative links resolved against the folder of the link).
    var path: String
    /// A character or block device or a FIFO: written to directly, never replaced.
    var isStream: Bool

    /// Links followed before giving up, as the kernel's own limit for path lookup (ELOOP).
    static let linkLimit = 40

    /// Follows `path` through symbolic links to a regular file, a device, a FIFO or a name that
    /// does not exist yet (a new file, or the target of a dangling link: created as `>` would).
    ///
    /// - Throws: ``AtomicFileError`` for a folder, a socket, a link loop, a name that is too
    ///   long, or a path that cannot be looked up.
    static func resolve(_ given: String) throws(AtomicFileError) -> AtomicFileTarget {
        guard !given.isEmpty else { throw AtomicFileError(given, reason: "an empty file name — give a file name") }
        guard !given.hasSuffix("/") else {
            throw AtomicFileError(given, reason: "names a folder (it ends with /) — give a file name, e.g. \(given)result.json")
        }
        var path = given
        for _ in 0...linkLimit {
            var info = stat()
            guard lstat(path, &info) == 0 else {
                // A new file: whether its folder exists is for creating it to find out.
                if errno == ENOENT { return AtomicFileTarget(path: path, isStream: false) }
                throw AtomicFileError(path, errno: errno, via: given)
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                return AtomicFileTarget(path: path, isStream: false)
            case S_IFCHR, S_IFBLK, S_IFIFO:
                return AtomicFileTarget(path: path, isStream: true)
            case S_IFDIR:
                throw AtomicFileError(path, errno: EISDIR, via: given)
            case S_IFLNK:
                guard let link = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else {
                    throw AtomicFileError(path, errno: errno, via: given)
                }
                path = link.hasPrefix("/") ? link : folder(of: path) + "/" + link
            default:
                throw AtomicFileError(
                    path, reason: "is a socket, not a file — give a file, a device or a FIFO", via: given)
            }
        }
        throw AtomicFileError(path, errno: ELOOP, via: given)
    }

    /// The folder part of `path`: `.` for a bare name, `/` for a name in the root.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
