// Splitting, stripping and replacing over UTF-8 (str) or raw (bytes) buffers, ported from
// CPython's Objects/stringlib (split.h, replace in unicodeobject.c/bytes_methods). Positions are
// byte offsets; for str they always fall on code point boundaries because UTF-8 is
// self-synchronising and separators are whole code points.

/// Whitespace as the receiver type defines it: Unicode whitespace for str, ASCII for bytes.
enum SpaceKind {
    case unicode, ascii

    /// Byte length of the whitespace character starting at `i`, or 0 when it is not whitespace.
    @inline(__always)
    func spaceLength(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = u[i]
        if b < 0x80 {
            switch self {
            case .ascii: return isASCIISpace(b) ? 1 : 0
            case .unicode: return isPyWhitespace(UInt32(b)) ? 1 : 0
            }
        }
        if self == .ascii { return 0 }
        let (c, n) = decodeScalar(u, i)
        return isPyWhitespace(c) ? n : 0
    }

    /// Start of the whitespace character ending just before `i`, or nil when it is not whitespace.
    @inline(__always)
    func spaceStart(_ u: UnsafeBufferPointer<UInt8>, before i: Int) -> Int? {
        if self == .ascii || u[i - 1] < 0x80 { return spaceLength(u, at: i - 1) > 0 ? i - 1 : nil }
        let p = previousScalarStart(u, i)
        return spaceLength(u, at: p) > 0 ? p : nil
    }

    /// Byte length of the character (whitespace or not) starting at `i`.
    @inline(__always)
    func charLength(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        if self == .ascii || u[i] < 0x80 { return 1 }
        return decodeScalar(u, i).1
    }
}

/// `split()` without a separator: runs of non-whitespace, at most `maxsplit` splits.
func splitWhitespace(_ u: UnsafeBufferPointer<UInt8>, maxsplit: Int, _ kind: SpaceKind) -> [Range<Int>] {
    var out: [Range<Int>] = []
    let n = u.count
    var i = 0
    var remaining = maxsplit < 0 ? Int.max : maxsplit
    while remaining > 0 {
        remaining -= 1
        while i < n, case let l = kind.spaceLength(u, at: i), l > 0 { i += l }
        if i == n { break }
        let j = i
        i += kind.charLength(u, at: i)
        while i < n && kind.spaceLength(u, at: i) == 0 { i += kind.charLength(u, at: i) }
        out.append(j..<i)
    }
    if i < n {
        while i < n, case let l = kind.spaceLength(u, at: i), l > 0 { i += l }
        if i != n { out.append(i..<n) }
    }
    return out
}

/// `rsplit()` without a separator.
func rsplitWhitespace(_ u: UnsafeBufferPointer<UInt8>, maxsplit: Int, _ kind: SpaceKind) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var i = u.count  // exclusive end of the unexamined prefix
    var remaining = maxsplit < 0 ? Int.max : maxsplit
    while remaining > 0 {
        remaining -= 1
        while i > 0, let p = kind.spaceStart(u, before: i) { i = p }
        if i == 0 { break }
        let j = i
        i = kind == .ascii ? i - 1 : previousScalarStart(u, i)
        while i > 0 && kind.spaceStart(u, before: i) == nil {
            i = kind == .ascii ? i - 1 : previousScalarStart(u, i)
        }
        out.append(i..<j)
    }
    if i > 0 {
        while i > 0, let p = kind.spaceStart(u, before: i) { i = p }
        if i > 0 { out.append(0..<i) }
    }
    out.reverse()
    return out
}

/// `split(sep)` with a non-empty separator.
func splitSeparator(_ u: UnsafeBufferPointer<UInt8>, _ sep: [UInt8], maxsplit: Int) -> [Range<Int>] {
    var out: [Range<Int>] = []
    let finder = ByteFinder(sep)
    var i = 0
    var remaining = maxsplit < 0 ? Int.max : maxsplit
    while remaining > 0, let p = finder.first(in: u, i, u.count) {
        remaining -= 1
        out.append(i..<p)
        i = p + sep.count
    }
    out.append(i..<u.count)
    return out
}

/// `rsplit(sep)` with a non-empty separator.
func rsplitSeparator(_ u: UnsafeBufferPointer<UInt8>, _ sep: [UInt8], maxsplit: Int) -> [Range<Int>] {
    var out: [Range<Int>] = []
    let finder = ByteFinder(sep, reverse: true)
    var j = u.count
    var remaining = maxsplit < 0 ? Int.max : maxsplit
    while remaining > 0, let p = finder.last(in: u, 0, j) {
        remaining -= 1
        out.append(p + sep.count..<j)
        j = p
    }
    out.append(0..<j)
    out.reverse()
    return out
}

/// `splitlines(keepends)`: `unicode` selects str's line boundaries, otherwise only `\n`, `\r`.
func splitLines(_ u: UnsafeBufferPointer<UInt8>, keepends: Bool, unicode: Bool) -> [Range<Int>] {
    var out: [Range<Int>] = []
    let n = u.count
    var i = 0
    var j = 0
    while i < n {
        var breakLength = 0
        while i < n {
            let b = u[i]
            if b == 0x0A || b == 0x0D {
                breakLength = 1
                break
            }
            if unicode {
                if b < 0x80 {
                    if isPyLineBreak(UInt32(b)) {
                        breakLength = 1
                        break
                    }
                    i += 1
                } else {
                    let (c, l) = decodeScalar(u, i)
                    if isPyLineBreak(c) {
                        breakLength = l
                        break
                    }
                    i += l
                }
            } else {
                i += 1
            }
        }
        var eol = i
        if i < n {
            if u[i] == 0x0D && i + 1 < n && u[i + 1] == 0x0A { i += 2 } else { i += breakLength }
            if keepends { eol = i }
        }
        out.append(j..<eol)
        j = i
    }
    return out
}

/// Which ends `strip` works on.
struct StripSides: OptionSet {
    let rawValue: Int
    static let left = StripSides(rawValue: 1)
    static let right = StripSides(rawValue: 2)
    static let both: StripSides = [.left, .right]
}

/// The byte range left after stripping whitespace.
func stripWhitespace(_ u: UnsafeBufferPointer<UInt8>, _ sides: StripSides, _ kind: SpaceKind) -> Range<Int> {
    var lo = 0
    var hi = u.count
    if sides.contains(.left) {
        while lo < hi, case let l = kind.spaceLength(u, at: lo), l > 0 { lo += l }
    }
    if sides.contains(.right) {
        while hi > lo, let p = kind.spaceStart(u, before: hi) { hi = p }
    }
    return lo..<hi
}

/// The byte range left after stripping code points in `chars` (UTF-8 text).
func stripScalars(_ u: UnsafeBufferPointer<UInt8>, _ sides: StripSides, _ chars: Set<UInt32>) -> Range<Int> {
    var lo = 0
    var hi = u.count
    if sides.contains(.left) {
        while lo < hi {
            let (c, l) = decodeScalar(u, lo)
            if !chars.contains(c) { break }
            lo += l
        }
    }
    if sides.contains(.right) {
        while hi > lo {
            let p = previousScalarStart(u, hi)
            if !chars.contains(decodeScalar(u, p).0) { break }
            hi = p
        }
    }
    return lo..<hi
}

/// The byte range left after stripping one ASCII byte `c` (`strip("'")`), without building a set.
func stripASCIIByte(_ u: UnsafeBufferPointer<UInt8>, _ sides: StripSides, _ c: UInt8) -> Range<Int> {
    var lo = 0
    var hi = u.count
    if sides.contains(.left) {
        while lo < hi, u[lo] == c { lo += 1 }
    }
    if sides.contains(.right) {
        while hi > lo, u[hi - 1] == c { hi -= 1 }
    }
    return lo..<hi
}

/// The byte range left after stripping bytes in `chars`.
func stripBytes(_ u: UnsafeBufferPointer<UInt8>, _ sides: StripSides, _ chars: [UInt8]) -> Range<Int> {
    var table = [Bool](repeating: false, count: 256)
    for c in chars { table[Int(c)] = true }
    var lo = 0
    var hi = u.count
    if sides.contains(.left) { while lo < hi && table[Int(u[lo])] { lo += 1 } }
    if sides.contains(.right) { while hi > lo && table[Int(u[hi - 1])] { hi -= 1 } }
    return lo..<hi
}

/// `replace(old, new, count)` for a non-empty `old`; nil when nothing changes. `checkSize` is
/// called with the result's size before it is built.
func replaceBytes(
    _ u: UnsafeBufferPointer<UInt8>, _ old: [UInt8], _ new: [UInt8], count maxCount: Int,
    checkSize: (Int) throws -> Void
) rethrows -> [UInt8]? {
    let finder = ByteFinder(old)
    let limit = maxCount < 0 ? Int.max : maxCount
    let n = finder.count(in: u, 0, u.count, limit: limit)
    if n == 0 { return nil }
    let (grow, o1) = (new.count - old.count).multipliedReportingOverflow(by: n)
    let (size, o2) = u.count.addingReportingOverflow(grow)
    try checkSize(o1 || o2 ? -1 : size)
    var out: [UInt8] = []
    out.reserveCapacity(size)
    var i = 0
    for _ in 0..<n {
        guard let p = finder.first(in: u, i, u.count) else { break }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: u[i..<p]))
        out.append(contentsOf: new)
        i = p + old.count
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: u[i..<u.count]))
    return out
}

/// `replace("", new, count)`: `new` before each character (byte, or code point when
/// `unicode`) and at the end, at most `count` times.
func replaceEmpty(
    _ u: UnsafeBufferPointer<UInt8>, characters: Int, _ new: [UInt8], count maxCount: Int, unicode: Bool,
    checkSize: (Int) throws -> Void
) rethrows -> [UInt8] {
    let slots = characters + 1
    let n = maxCount < 0 ? slots : min(maxCount, slots)
    let (grow, o1) = new.count.multipliedReportingOverflow(by: n)
    let (size, o2) = u.count.addingReportingOverflow(grow)
    try checkSize(o1 || o2 ? -1 : size)
    var out: [UInt8] = []
    out.reserveCapacity(size)
    var i = 0
    var done = 0
    while i < u.count {
        if done < n {
            out.append(contentsOf: new)
            done += 1
        }
        let l = unicode ? SpaceKind.unicode.charLength(u, at: i) : 1
        out.append(contentsOf: UnsafeBufferPointer(rebasing: u[i..<i + l]))
        i += l
    }
    if done < n { out.append(contentsOf: new) }
    return out
}

/// Charges fuel for a builtin's linear work on `n` bytes or items (and so checks the clock).
@inline(__always)
func chargeWork(_ vm: VM, _ n: Int) throws {
    if n > 4096 { try vm.charge(n >> 6) }
}

/// Python's `islower`, `isupper` and `istitle`, for str (code points) and bytes (ASCII) alike.
enum TextCase {
    enum Kind { case upper, lower, title, uncased }

    /// Has a cased character and no upper- or titlecase one.
    static func isLower<S: Sequence>(_ s: S, caseOf: (S.Element) -> Kind) -> Bool {
        var cased = false
        for c in s {
            switch caseOf(c) {
            case .upper, .title: return false
            case .lower: cased = true
            case .uncased: break
            }
        }
        return cased
    }

    /// Has a cased character and no lower- or titlecase one.
    static func isUpper<S: Sequence>(_ s: S, caseOf: (S.Element) -> Kind) -> Bool {
        var cased = false
        for c in s {
            switch caseOf(c) {
            case .lower, .title: return false
            case .upper: cased = true
            case .uncased: break
            }
        }
        return cased
    }

    /// Uppercase and titlecase characters only after uncased ones, lowercase only after cased ones.
    static func isTitle<S: Sequence>(_ s: S, caseOf: (S.Element) -> Kind) -> Bool {
        var cased = false
        var previousCased = false
        for c in s {
            switch caseOf(c) {
            case .upper, .title:
                if previousCased { return false }
                previousCased = true
                cased = true
            case .lower:
                if !previousCased { return false }
                previousCased = true
                cased = true
            case .uncased:
                previousCased = false
            }
        }
        return cased
    }
}

/// Whether `needle`'s UTF-8 bytes occur in `hay`'s (for `in` on strings: UTF-8 is
/// self-synchronising, so a byte match is a code point match). No copies of either string.
func utf8Contains(_ hay: PyStr, _ needle: PyStr) -> Bool {
    hay.withBytes { h in needle.withBytes { ByteFinder.first($0, in: h, 0, h.count) != nil } }
}
