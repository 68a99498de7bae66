// SPDX-License-Identifier: GPL-3.0-or-later

public import CorridorScenario

/// A problem with the arguments of a batch, a summary or a sweep: the command exits with status 2
/// (bad arguments) and prints the description, which always says what to do.
public struct BatchError: Error, CustomStringConvertible, Sendable, Equatable {
    public let description: String

    public init(_ description: String) { self.description = description }
}
