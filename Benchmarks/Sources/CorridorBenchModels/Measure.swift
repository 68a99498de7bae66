// SPDX-License-Identifier: GPL-3.0-or-later

import CBenchSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Seconds on a monotonic clock.
public func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// A field of `/proc/self/status` in KiB (`VmHWM` = peak resident set, `VmRSS` = now), or -1.
public func procStatusKiB(_ field: String) -> Int {
    guard let file = fopen("/proc/self/status", "r") else { return -1 }
    defer { fclose(file) }
    var buffer = [CChar](repeating: 0, count: 512)
    let prefix = field + ":"
    while fgets(&buffer, Int32(buffer.count), file) != nil {
        let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if line.hasPrefix(prefix) {
            let number = line.dropFirst(prefix.count).split(whereSeparator: { $0 == " " || $0 == "\t" })
            return Int(number.first ?? "") ?? -1
        }
    }
    return -1
}

/// Bytes the C heap has handed out and not taken back (glibc's `mallinfo2`), 0 if unknown.
public func heapBytesInUse() -> Int { Int(cbench_heap_bytes_in_use()) }
