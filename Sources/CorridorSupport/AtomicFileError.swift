// SPDX-License-Identifier: GPL-3.0-or-later

package import Foundation

/// Why ``AtomicFile`` could not write a path, in words a user can act on.
///
/// Its text (both `description` and `localizedDescription`) is the reason only, without the
/// path: every caller already says "cannot write PATH: …", and a `CocoaError` here would print
/// as an `NSCocoaErrorDomain` dump where code interpolates the error.
package struct AtomicFileError: Error, CustomStringConvertible, LocalizedError {
    /// The path that failed: the one given, or the target of the links it goes through.
    package let path: String
    package let reason: String

    package var description: String { reason }
    package var errorDescription: String? { reason }

    init(_ path: String, reason: String, via given: String? = nil) {
        self.path = path
        // A link followed: say where it led, or the message would be about a file never named.
        self.reason = given.map { $0 == path ? reason : "it leads (a symbolic link) to \(path): \(reason)" } ?? reason
    }

    /// The reason for a failed system call on `path`. `creating` for the temporary file beside
    /// the target, where ENOENT means the folder is missing (the target need not exist).
    init(_ path: String, errno code: Int32, creating: Bool = false, via given: String? = nil) {
        self.init(path, reason: Self.reason(path, code, creating: creating), via: given)
    }

    private static func reason(_ path: String, _ code: Int32, creating: Bool) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        switch code {
        case EISDIR:
            return "is a folder, not a file — give a file name in it"
        case ENAMETOOLONG where name.utf8.count > 255:
            return "the file name is too long (\(name.utf8.count) bytes; at most 255) — give a shorter name"
        case ENAMETOOLONG:
            return "the path is too long (\(path.utf8.count) bytes) — give a shorter path"
        case ENOENT where creating, ENOTDIR:
            return "its folder \(AtomicFileTarget.folder(of: path)) does not exist — create it first"
        case EACCES, EPERM:
            return "permission denied — check the permissions of the file and its folder"
        case ENXIO:
            return "is a FIFO with no process reading it — start the reader first"
        case ELOOP:
            return "goes through too many symbolic links (a loop?) — give the file itself"
        default:
            return String(cString: strerror(code)).lowercased() + " — check the path"
        }
    }
}
