// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// Why a file cannot be read, in words that say what to do: the one check before GLPK opens a
/// model or data file (GLPK's own message would only say that it could not open it).
enum InputFile {
    /// `nil` when `path` names a readable file, else the reason.
    static func problem(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            switch errno {
            case ENAMETOOLONG:
                return "the path is too long (\(path.utf8.count) bytes; a name has at most 255) — use a shorter path"
            case EACCES: return "a folder on the path is not readable — check its permissions"
            case ELOOP: return "the path has a loop of symbolic links — fix the links"
            default: return "no such file — check the path"
            }
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { return "is a folder, not a file — name the model file" }
        guard access(path, R_OK) == 0 else { return "not readable — check its permissions" }
        return nil
    }
}
