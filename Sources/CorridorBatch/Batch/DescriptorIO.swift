// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorLP
import Foundation
import CorridorScenario

/// Blocking reads and writes on the pipes between a batch and its workers: plain system calls
/// rather than `FileHandle`, because the batch needs a deadline on a read (`poll`) and an error
/// rather than a trap when the other end is gone.
struct DescriptorReader {
    enum Failure: Error, Equatable {
        /// The other end closed the pipe (the process ended) before the expected bytes came.
        case endOfFile
        /// The deadline passed first.
        case timedOut
        /// A line longer than the limit: not an answer of this protocol.
        case lineTooLong
        case failed(Int32)
    }

    let descriptor: Int32
    private var buffer: [UInt8] = []
    /// What one `read` fills, allocated once.
    private var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    private var start = 0

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// The next line, without its newline. `deadline` `nil` waits for ever.
    mutating func line(
        deadline: ContinuousClock.Instant? = nil, limit: Int = 1 << 20
    ) throws(Failure) -> [UInt8] {
        // Bytes after `start` already searched (an offset, as `fill` may move the bytes).
        var searched = 0
        while true {
            if let newline = buffer[(start + searched)...].firstIndex(of: UInt8(ascii: "\n")) {
                defer { start = newline + 1 }
                return Array(buffer[start..<newline])
            }
            searched = buffer.count - start
            guard searched <= limit else { throw .lineTooLong }
            try fill(deadline: deadline)
        }
    }

    /// Exactly `count` bytes.
    mutating func bytes(_ count: Int, deadline: ContinuousClock.Instant? = nil) throws(Failure) -> [UInt8] {
        while buffer.count - start < count { try fill(deadline: deadline) }
        defer { start += count }
        return Array(buffer[start..<start + count])
    }

    /// Reads what is there (at least one byte), waiting at most until `deadline`.
    private mutating func fill(deadline: ContinuousClock.Instant?) throws(Failure) {
        if start > 0 && start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        try Self.waitReadable(descriptor, deadline: deadline)
        let count = chunk.withUnsafeMutableBytes { raw in
            Self.retrying { read(descriptor, raw.baseAddress, raw.count) }
        }
        if count == 0 { throw .endOfFile }
        if count < 0 { throw .failed(errno) }
        buffer.append(contentsOf: chunk[..<count])
    }

    /// Waits until `descriptor` has something to read (or its other end closed).
    private static func waitReadable(
        _ descriptor: Int32, deadline: ContinuousClock.Instant?
    ) throws(Failure) {
        while true {
            var timeout: Int32 = -1
            if let deadline {
                let left = ContinuousClock.now.duration(to: deadline)
                if left <= .zero { throw .timedOut }
                // Rounded up (a 0 ms poll would spin) and at most ~24 days per call.
                timeout = Int32(min(left.seconds * 1000 + 1, Double(Int32.max)))
            }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, timeout)
            if ready > 0 { return }
            if ready < 0 && errno != EINTR { throw .failed(errno) }
        }
    }

    /// `call` again while it fails with `EINTR`.
    static func retrying(_ call: () -> Int) -> Int {
        while true {
            let result = call()
            if result >= 0 || errno != EINTR { return result }
        }
    }
}

enum DescriptorWriter {
    /// Writes all of `data` to `descriptor`; `false` when the other end is gone (`EPIPE`: the
    /// batch ignores SIGPIPE, so a dead worker's pipe is an error, not the batch's death).
    static func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { raw in
            guard var next = raw.baseAddress else { return true }
            var left = raw.count
            while left > 0 {
                let written = DescriptorReader.retrying { write(descriptor, next, left) }
                guard written > 0 else { return false }
                next += written
                left -= written
            }
            return true
        }
    }
}
