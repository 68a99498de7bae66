// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// Writes text to standard error with `write(2)`, ignoring failure.
///
/// Not `FileHandle.standardError.write(_:)`: it traps when the write fails, and a batch ignores
/// SIGPIPE, so a full disk (`2>/dev/full`) or a closed reader (`2>&1 | head -c 10`) would kill
/// the batch or a worker over a progress line. Standard error is for people; losing it must
/// never lose results.
package enum StandardErrorText {
    package static func write(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { raw in
            guard var next = raw.baseAddress else { return }
            var left = raw.count
            while left > 0 {
                let written = Foundation.write(STDERR_FILENO, next, left)
                if written < 0 && errno == EINTR { continue }
                // A failed (or zero-byte) write: give up on this text, quietly.
                guard written > 0 else { return }
                next += written
                left -= written
            }
        }
    }

    /// `line` and a newline.
    package static func line(_ line: String) { write(line + "\n") }
}
