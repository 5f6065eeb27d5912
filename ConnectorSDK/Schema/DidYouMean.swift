/// The candidate closest to `word`, for "did you mean …?" hints; `nil` when none is close enough.
///
/// Distance is Damerau–Levenshtein (optimal string alignment: insertions, deletions, substitutions and
/// swaps of neighbours each cost 1), compared case-insensitively. A candidate counts as close when the
/// distance is at most 1 for words up to 3 characters, 2 up to 6, and 3 beyond; ties go to the candidate
/// listed first. An exact match is returned as is.
public func closestMatch(_ word: String, in candidates: [String]) -> String? {
    let target = Array(word.lowercased().unicodeScalars)
    let limit = target.count <= 3 ? 1 : (target.count <= 6 ? 2 : 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let other = Array(candidate.lowercased().unicodeScalars)
        guard abs(other.count - target.count) <= limit else { continue }
        let distance = editDistance(target, other)
        if distance <= limit, distance < (best?.distance ?? Int.max) {
            best = (candidate, distance)
        }
    }
    return best?.candidate
}

/// Optimal string alignment distance between two scalar arrays.
func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let width = b.count + 1
    // Three rolling rows: two back (for transpositions), previous, current.
    var twoBack = [Int](repeating: 0, count: width)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: width)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                value = min(value, twoBack[j - 2] + 1)
            }
            current[j] = value
        }
        (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[b.count]
}
