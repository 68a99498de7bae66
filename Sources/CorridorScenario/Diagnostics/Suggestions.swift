// SPDX-License-Identifier: GPL-3.0-or-later

/// "Did you mean" suggestions and readable lists for messages.
public enum Suggestions {
    /// The candidate closest to `word` by edit distance, when it is close enough to be a typo:
    /// at most a third of the word's length (at least 1, at most 3 edits), compared without case.
    /// A tie gives no suggestion: for `CT4` among `CT1, CT2, CT3` any guess would be arbitrary.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        let limit = min(3, max(1, lowered.count / 3))
        var best: (candidate: String, distance: Int)?
        var tied = false
        for candidate in Set(candidates) {
            let distance = editDistance(lowered, candidate.lowercased())
            // Replacing the whole word is no typo (`B` for `A`).
            guard distance <= limit, distance < lowered.count else { continue }
            if distance < (best?.distance ?? .max) {
                best = (candidate, distance)
                tied = false
            } else if distance == best?.distance {
                tied = true
            }
        }
        return tied ? nil : best?.candidate
    }

    /// The hint for `word`, which is none of `candidates`: `did you mean X? (listing)` when it
    /// looks like a typo of the candidate X, else `otherwise` (by default `listing`).
    public static func hint(
        for word: String, among candidates: [String], listing: String, otherwise: String? = nil
    ) -> String {
        if let guess = closest(to: word, among: candidates) { return "did you mean \(guess)? (\(listing))" }
        return otherwise ?? listing
    }

    /// Edit distance counting insertions, deletions, substitutions and swaps of two neighbours
    /// (optimal string alignment), over characters: `nmae` is one edit from `name`.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// `A, B, C`, or the first `limit` and how many there are in all.
    public static func list(_ items: [String], limit: Int = 12) -> String {
        if items.isEmpty { return "(none)" }
        if items.count <= limit { return items.joined(separator: ", ") }
        return items.prefix(limit).joined(separator: ", ") + ", … (\(items.count) in all)"
    }
}
