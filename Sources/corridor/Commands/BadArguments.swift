// SPDX-License-Identifier: GPL-3.0-or-later

import ArgumentParser
import CorridorBatch
import CorridorKit
import CorridorSupport
import Foundation

/// Bad arguments found after parsing (a malformed `--shard`, `--jobs 0`, no scenarios found):
/// printed on standard error, exit status 2 as scenarios.md asks for bad arguments.
struct BadArguments: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }

    /// Runs `body`, turning a ``BatchError`` into bad arguments.
    static func check<T>(_ body: () throws(BatchError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw BadArguments(error.description)
        }
    }
}

/// The exit status for bad arguments: 2 (scenarios.md), where ArgumentParser's own usage errors
/// use 64.
extension ExitCode {
    static let badArguments = ExitCode(2)
}

extension BadArguments {
    /// Runs a command's `body`, turning ``BadArguments`` into its message on standard error and
    /// exit status 2.
    static func exitingWithStatus2(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as BadArguments {
            StandardErrorText.write("Error: \(error.description)\n")
            throw ExitCode.badArguments
        }
    }
}
