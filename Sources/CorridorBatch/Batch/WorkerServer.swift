// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorSupport
import Foundation
public import CorridorScenario

/// The worker's side of ``WorkerProtocol``: solves the batch's requests one after another, each
/// as `corridor solve FILE --json` would (same result, same lines on standard error), on the
/// calling thread, synchronously: all GLPK work of a scenario (build, solve, free) stays on one
/// thread with no suspension in between, and one scenario ends before the next begins.
public enum WorkerServer {
    /// Serves requests from standard input until it ends (the batch retires this worker).
    public static func serve(registry: KindRegistry) {
        var requests = DescriptorReader(descriptor: STDIN_FILENO)
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        while let line = try? requests.line() {
            let entered = Date().timeIntervalSince1970
            // Standard error (opened for appending) now holds this scenario's lines only.
            ftruncate(STDERR_FILENO, 0)
            guard let request = try? decoder.decode(WorkerRequest.self, from: Data(line)) else {
                // Not this protocol: nothing sensible to answer, and the batch sees the end.
                say("corridor batch-worker: unreadable request: \(String(decoding: line, as: UTF8.self))")
                exit(2)
            }
            // The batch now knows this worker began the scenario: a death before this line is
            // not the scenario's (see `WorkerProtocol.beganLine`).
            guard DescriptorWriter.writeAll(Data(WorkerProtocol.beganLine + [UInt8(ascii: "\n")]),
                to: WorkerProtocol.replyDescriptor)
            else { exit(0) }
            ProcessTitle.show(request.scenario)
            #if DEBUG
            WorkerSafety.applyTestTriggers(for: request.scenario)
            #endif
            // The scenario's values (model, GLPK problem, result) are freed when this closure
            // returns, before the reply: a crash while freeing them happens before the batch
            // has the answer, so it is this scenario's, not the next one's.
            let (json, failed) = { () -> (Data, Bool) in
                let result = solve(request, registry: registry)
                return (Data(result.jsonText().utf8), result.isFailure)
            }()
            ProcessTitle.show("")
            let reply = WorkerReply(
                status: failed ? 1 : 0, entered: entered,
                finished: Date().timeIntervalSince1970, residentBytes: residentBytes(),
                bytes: json.count)
            guard var message = try? encoder.encode(reply) else { exit(2) }
            message.append(UInt8(ascii: "\n"))
            message.append(json)
            // The batch is gone when it cannot take the answer.
            guard DescriptorWriter.writeAll(message, to: WorkerProtocol.replyDescriptor) else { exit(0) }
            #if DEBUG
            WorkerSafety.applyAfterReplyTrigger(for: request.scenario)
            #endif
        }
    }

    /// `corridor solve FILE --json` without its terminal summary: the result, and the reasons of a
    /// failure on standard error.
    private static func solve(_ request: WorkerRequest, registry: KindRegistry) -> ScenarioResult {
        let file = request.scenario
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(file, registry: registry)
        } catch {
            for diagnostic in error.diagnostics { say(diagnostic.description) }
            return .invalid(file: file, error)
        }
        let result = scenario.solve(timeLimitSeconds: request.timeLimitSeconds)
        if !result.errors.isEmpty {
            for line in result.errors { say("\(file): \(line)") }
        } else if result.isFailure {
            say("\(file): \(result.message ?? "the solve ended in an error")")
        }
        return result
    }

    private static func say(_ line: String) {
        StandardErrorText.line(line)
    }

    /// Resident memory from `/proc/self/statm` (its second field, in pages); 0 when unknown.
    static func residentBytes() -> Int {
        let descriptor = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return 0 }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 128)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return 0 }
        let fields = String(decoding: bytes[..<count], as: UTF8.self).split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * sysconf(Int32(_SC_PAGESIZE))
    }
}
