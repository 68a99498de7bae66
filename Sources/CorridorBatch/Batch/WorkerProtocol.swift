// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
public import CorridorScenario

/// The contract between `corridor batch` and its long-lived worker processes.
///
/// The batch starts `corridor batch-worker --batch DIR --solving <room>` and keeps it for many
/// scenarios. A request is one JSON line on the worker's standard input (``WorkerRequest``: paths
/// may hold any character, JSON escapes them); the answer is the line `began` on descriptor 3 as
/// soon as the worker has read the request, then one JSON line (``WorkerReply``) followed by exactly ``WorkerReply/bytes`` bytes of result JSON, so the batch
/// never reads the result back from a file. Answers do not go to standard output, which stays
/// `/dev/null`: whatever else prints there (GLPK's terminal output, a stray `print`) cannot
/// corrupt them. One request at a time: the batch sends the next only after the answer.
///
/// Standard error goes to one file per worker, which the worker empties as it begins each
/// scenario: when a scenario kills its worker, the file holds what was written for that scenario
/// only. (One file per worker rather than per scenario: creating a file costs up to half a
/// millisecond on some file systems, more on network volumes.)
///
/// A worker ends when its standard input ends (the batch retires it), when its batch is gone
/// (see ``WorkerSafety/exitWithParent()``), or when a scenario kills it (crash, SIGKILL past the
/// deadline); the batch then starts a fresh one for the next scenario.
public enum WorkerProtocol {
    /// The hidden subcommand of `corridor` that serves a batch's requests.
    public static let subcommand = "batch-worker"
    /// The batch's process id, given to each worker so it can notice when the batch is gone.
    public static let parentVariable = "CORRIDOR_BATCH_PARENT"
    /// The descriptor a worker answers on.
    public static let replyDescriptor: Int32 = 3
    /// What a worker writes on ``replyDescriptor`` as it begins a request (after reading it and
    /// emptying its standard error file), before the reply: a worker that dies before it had not
    /// begun the scenario, which is then given to a fresh worker rather than blamed.
    static let beganLine = Array("began".utf8)
    /// The longest result a worker may answer, in bytes (256 MiB): a longer length is a bad
    /// answer, not something to allocate.
    static let maximumResultBytes = 256 << 20
    /// The room on a worker's command line for the scenario it is solving (see ``ProcessTitle``).
    static let titleRoom = 240

    /// The arguments after the executable: the batch's scratch folder, so that a process listing
    /// tells which batch a worker belongs to, and room for the scenario it is solving.
    static func arguments(scratchFolder: String) -> [String] {
        [subcommand, "--batch", scratchFolder, "--solving", String(repeating: " ", count: titleRoom)]
    }

    /// Where worker `slot` writes its standard error. Hidden, so never the file of a result.
    static func stderrPath(scratchFolder: String, slot: Int) -> String {
        "\(scratchFolder)/.worker-\(slot).stderr"
    }
}

/// One scenario for a worker to solve.
public struct WorkerRequest: Codable, Sendable, Equatable {
    /// The scenario file, as the batch lists it (relative to the shared working directory).
    public var scenario: String
    /// `--time-limit` of the batch, replacing the file's.
    public var timeLimitSeconds: Double?

    public init(scenario: String, timeLimitSeconds: Double?) {
        self.scenario = scenario
        self.timeLimitSeconds = timeLimitSeconds
    }

    /// The request line, with its newline (JSON escapes any newline inside a path).
    func line() throws -> Data {
        var data = try JSONEncoder().encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}

/// A worker's answer to one request, followed on the wire by the result JSON.
public struct WorkerReply: Codable, Sendable, Equatable {
    /// What `corridor solve FILE` would exit with: 0, or 1 for a result with status `error`.
    public var status: Int32
    /// When the worker began and ended the scenario, seconds since 1970 on the machine's clock:
    /// with the batch's own readings they split a scenario's time into start, the worker's run
    /// and recording.
    public var entered: Double
    public var finished: Double
    /// The worker's resident memory after the scenario, in bytes (0 when unknown): the batch
    /// retires a worker that grew past its bound.
    public var residentBytes: Int
    /// The length of the result JSON that follows the line.
    public var bytes: Int

    public init(status: Int32, entered: Double, finished: Double, residentBytes: Int, bytes: Int) {
        self.status = status
        self.entered = entered
        self.finished = finished
        self.residentBytes = residentBytes
        self.bytes = bytes
    }
}
