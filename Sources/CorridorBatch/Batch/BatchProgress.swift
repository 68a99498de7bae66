// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import CorridorSupport
import Foundation
import Synchronization
public import CorridorScenario

/// The progress of a batch on standard error: on a terminal a bar with counts, rate and ETA that
/// redraws in place (failures are printed above it, so their reasons stay on screen); otherwise
/// (a log file, CI, a cluster job) one plain line per scenario.
public final class BatchProgress: BatchProgressReporting {
    public enum Style: Sendable { case bar, lines }

    private struct State {
        var total = 0
        var done = 0
        var failed = 0
        var started = ContinuousClock.now
        var finished = false
    }

    public let style: Style
    private let state = Mutex(State())
    /// Held while writing, so the ticker's redraw and a finished line never interleave.
    private let output = Mutex(())

    /// A bar when standard error is a terminal, lines otherwise.
    public convenience init() {
        self.init(style: isatty(STDERR_FILENO) == 1 ? .bar : .lines)
    }

    public init(style: Style) { self.style = style }

    public func started(total: Int, skipped: Int) {
        state.withLock {
            $0.total = total
            $0.started = .now
        }
        if skipped > 0 { write("\(skipped) scenarios already have results (--resume)\n") }
        guard style == .bar, total > 0 else { return }
        redraw()
        // Redraw now and then so the ETA moves while long scenarios run.
        Thread.detachNewThread { [weak self] in
            while let self, !self.state.withLock({ $0.finished }) {
                self.redraw()
                usleep(500_000)
            }
        }
    }

    public func finished(_ outcome: ScenarioOutcome) {
        let (done, total) = state.withLock { state in
            state.done += 1
            if outcome.failed { state.failed += 1 }
            return (state.done, state.total)
        }
        let width = String(total).count
        let count = String(repeating: " ", count: max(0, width - String(done).count)) + "\(done)"
        let name = outcome.entry.resultName
        let line =
            outcome.failed
            ? "[\(count)/\(total)] FAILED \(name): \(Self.oneLine(outcome.failure ?? outcome.status.rawValue))"
            : "[\(count)/\(total)] \(name): \(outcome.status.rawValue) (\(String(format: "%.2f", outcome.wallSeconds)) s)"
        switch style {
        case .lines:
            write(line + "\n")
        case .bar:
            if outcome.failed { write("\r\u{1B}[K" + line + "\n") }
            redraw()
        }
    }

    public func completed() {
        state.withLock { $0.finished = true }
        if style == .bar { write("\r\u{1B}[K") }
    }

    /// `[#######-------]  12/40  1 failed  3.1/s  ETA 0:09`
    private func redraw() {
        let (total, done, failed, elapsed, finished) = state.withLock {
            ($0.total, $0.done, $0.failed, $0.started.duration(to: .now).seconds, $0.finished)
        }
        guard !finished, total > 0 else { return }
        let cells = 24
        let filled = done * cells / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: cells - filled)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let eta = rate > 0 ? Self.clock(Double(total - done) / rate) : "--:--"
        write(
            "\r\u{1B}[K[\(bar)] \(done)/\(total)  \(failed) failed  "
                + String(format: "%.1f/s", rate) + "  ETA \(eta)")
    }

    private func write(_ text: String) {
        output.withLock { _ in StandardErrorText.write(text) }
    }

    private static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 3600
            ? String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
            : String(format: "%d:%02d", total / 60, total % 60)
    }

    private static func oneLine(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " / ")
        return line.count > 240 ? line.prefix(239) + "…" : line
    }
}
