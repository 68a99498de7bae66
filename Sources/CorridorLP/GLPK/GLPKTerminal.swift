// SPDX-License-Identifier: GPL-3.0-or-later

import CGLPK
import Logging

/// Where GLPK's terminal output goes during one call into GLPK: to the logger (label
/// `corridor.glpk`, level `debug`, so silent unless a program turns it on) and into a short
/// buffer, from which error messages quote GLPK's own words and line numbers.
///
/// GLPK's terminal hook belongs to the calling thread's environment (`glp_term_hook`), so it is
/// installed for one call and removed after it; GLPK objects never outlive that call either.
final class GLPKTerminal {
    /// Made per call, not once per process, so that a program that bootstraps its logging
    /// system after an earlier GLPK call (as `--verbose` does) still gets GLPK's output.
    private let logger = Logger(label: "corridor.glpk")

    private(set) var lines: [String] = []
    private var partial = ""
    private let keep = 200

    /// Runs `body` with GLPK's output captured, then restores the default (GLPK's own output off).
    static func capturing<T, E: Error>(
        _ body: (GLPKTerminal) throws(E) -> T
    ) throws(E) -> T {
        let terminal = GLPKTerminal()
        let info = Unmanaged.passUnretained(terminal).toOpaque()
        glp_term_out(GLP_ON)
        glp_term_hook(receive, info)
        defer {
            glp_term_hook(nil, nil)
            glp_term_out(GLP_OFF)
            terminal.flush()
            withExtendedLifetime(terminal) {}
        }
        return try body(terminal)
    }

    /// `glp_term_hook`'s callback: returning non-zero tells GLPK not to print the text itself.
    private static let receive: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?)
        -> Int32 = { info, text in
            guard let info, let text else { return 1 }
            Unmanaged<GLPKTerminal>.fromOpaque(info).takeUnretainedValue()
                .append(String(cString: text))
            return 1
        }

    private func append(_ text: String) {
        partial += text
        while let newline = partial.firstIndex(of: "\n") {
            emit(String(partial[..<newline]))
            partial = String(partial[partial.index(after: newline)...])
        }
    }

    private func flush() {
        if !partial.isEmpty { emit(partial) }
        partial = ""
    }

    private func emit(_ line: String) {
        logger.debug("\(line)")
        lines.append(line)
        if lines.count > keep { lines.removeFirst(lines.count - keep) }
    }

    /// Everything captured so far, as one text.
    var text: String {
        (lines + (partial.isEmpty ? [] : [partial])).joined(separator: "\n")
    }

    /// GLPK's error lines (its file reader and translator say `file:line: message`), or the last
    /// lines when none looks like an error.
    var errorSummary: String {
        let all = lines + (partial.isEmpty ? [] : [partial])
        let errors = all.filter { line in
            line.lowercased().contains("error") || line.lowercased().contains("invalid")
                || line.split(separator: ":").dropFirst().contains { part in
                    !part.isEmpty && part.allSatisfy(\.isNumber)
                }
        }
        let chosen = errors.isEmpty ? Array(all.suffix(3)) : Array(errors.prefix(5))
        return chosen.joined(separator: "; ")
    }
}
