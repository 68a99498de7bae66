// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation
import Logging
import Synchronization
import Testing

/// GLPK's terminal output goes to swift-log under `corridor.glpk` at level `debug`: silent with
/// the default handler (level `info`), complete for a program that asks for it. The logging system
/// can be bootstrapped once per process, so each case runs in a child process of its own.
@Suite("GLPK output goes to swift-log")
struct LoggingTests {
    @Test func verboseSolveLogsGLPKOutputAtDebugLevel() async {
        await #expect(processExitsWith: .success) {
            LoggingSystem.bootstrap { label in RecordingHandler(label: label) }
            let solution = try GLPKSolver().solve(
                ContractCase.wyndor.model, options: SolveOptions(verbose: true))
            #expect(solution.objective == 36)
            let lines = RecordingHandler.records.withLock { $0 }
            #expect(lines.contains { $0.label == "corridor.glpk" && $0.message.contains("OPTIMAL") })
            #expect(lines.allSatisfy { $0.level == .debug })
        }
    }

    @Test func nothingReachesTheDefaultInfoLevel() async {
        await #expect(processExitsWith: .success) {
            LoggingSystem.bootstrap { label in RecordingHandler(label: label) }
            // Without `verbose`, GLPK still says a few words (its cut generators ignore the
            // message level), all at `debug`: below what the default handler prints.
            _ = try GLPKSolver().solve(ContractCase.knapsack.model)
            let lines = RecordingHandler.records.withLock { $0 }
            #expect(lines.allSatisfy { $0.level <= .debug }, "\(lines.map(\.message))")
            #expect(lines.count < 10)
        }
    }
}

/// A log handler that keeps every record, at every level, for the test to read.
struct RecordingHandler: LogHandler {
    struct Record: Sendable {
        let label: String
        let level: Logger.Level
        let message: String
    }

    static let records = Mutex<[Record]>([])

    let label: String
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        Self.records.withLock {
            $0.append(Record(label: label, level: event.level, message: "\(event.message)"))
        }
    }
}
