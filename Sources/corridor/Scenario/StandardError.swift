// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario
import Foundation

/// Lines for standard error: problems and notes, kept apart from results on standard output.
enum StandardError {
    static func write(_ line: String) {
        StandardErrorText.line(line)
    }
}
