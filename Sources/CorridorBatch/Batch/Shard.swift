// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
public import CorridorScenario

/// The K-th of N disjoint slices of a batch (`--shard K/N`), so that N machines split one batch
/// with no coordination: each takes the scenarios whose position in the sorted list is K−1
/// modulo N. Shards 1…N together hold every scenario exactly once, and their sizes differ by at
/// most one.
///
/// Slicing by position needs every shard to see the same list (same folder, same files), which is
/// what a shared volume gives; it balances better than a hash of the path when scenarios are few.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based, as users count machines: `--shard 1/4` … `--shard 4/4`.
    public let index: Int
    public let count: Int

    /// The whole batch as one shard.
    public static let all = Shard(validIndex: 1, count: 1)

    private init(validIndex: Int, count: Int) {
        self.index = validIndex
        self.count = count
    }

    /// Parses `K/N` with 1 ≤ K ≤ N.
    ///
    /// - Throws: ``BatchError`` saying what form is expected.
    public init(parsing text: String) throws(BatchError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let index = Int(parts[0].trimmingCharacters(in: .whitespaces)),
            let count = Int(parts[1].trimmingCharacters(in: .whitespaces))
        else {
            throw BatchError("--shard \(text): expected K/N, e.g. --shard 2/8 for the 2nd of 8 slices")
        }
        guard count >= 1, (1...count).contains(index) else {
            throw BatchError(
                "--shard \(text): K must be between 1 and N (N ≥ 1) — shards are counted from 1")
        }
        self.init(validIndex: index, count: count)
    }

    /// Whether the item at `position` (0-based, in the sorted list) belongs to this shard.
    public func contains(position: Int) -> Bool { position % count == index - 1 }

    /// This shard's items of `items`, in their order.
    public func select<Item>(_ items: [Item]) -> [Item] {
        items.enumerated().filter { contains(position: $0.offset) }.map(\.element)
    }

    public var description: String { "\(index)/\(count)" }
}
