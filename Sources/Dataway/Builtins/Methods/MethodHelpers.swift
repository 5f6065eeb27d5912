import BigInt
import CHeap

// Argument checking and small helpers shared by the builtin method tables. Messages follow the
// three calling conventions CPython 3.11 uses for builtin methods (METH_NOARGS/METH_O, Argument
// Clinic positional-only, and PyArg_ParseTuple), so each method picks the one CPython uses.

/// Checks a method taking no arguments (`str.upper()`): "str.upper() takes no arguments (1 given)".
@inline(__always)
func noArgs(_ args: Args, _ qualified: String) throws {
    if args.isEmpty { return }
    if args.hasKeywords { throw PyException.make(.typeError, "\(qualified)() takes no keyword arguments") }
    throw PyException.make(.typeError, "\(qualified)() takes no arguments (\(args.count) given)")
}

/// Checks a method taking exactly one positional argument (`list.append(x)`), returning it.
@inline(__always)
func oneArg(_ args: Args, _ qualified: String) throws -> Value {
    if args.hasKeywords { throw PyException.make(.typeError, "\(qualified)() takes no keyword arguments") }
    guard args.count == 1 else {
        throw PyException.make(.typeError, "\(qualified)() takes exactly one argument (\(args.count) given)")
    }
    return args[0]
}

/// Checks an Argument-Clinic positional-only method: "replace expected at least 2 arguments, got 1".
func positional(_ args: Args, _ name: String, _ qualified: String, min: Int, max: Int) throws {
    if args.hasKeywords { throw PyException.make(.typeError, "\(qualified)() takes no keyword arguments") }
    let n = args.count
    if n < min {
        let what = min == max ? "" : "at least "
        throw PyException.make(.typeError, "\(name) expected \(what)\(min) argument\(min == 1 ? "" : "s"), got \(n)")
    }
    if n > max {
        let what = min == max ? "" : "at most "
        throw PyException.make(.typeError, "\(name) expected \(what)\(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
}

/// Checks a PyArg_ParseTuple-style method: "find() takes at least 1 argument (0 given)".
func parseTuple(_ args: Args, _ name: String, _ qualified: String, min: Int, max: Int) throws {
    if args.hasKeywords { throw PyException.make(.typeError, "\(qualified)() takes no keyword arguments") }
    let n = args.count
    if n < min {
        throw PyException.make(.typeError, "\(name)() takes at least \(min) argument\(min == 1 ? "" : "s") (\(n) given)")
    }
    if n > max {
        throw PyException.make(.typeError, "\(name)() takes at most \(max) argument\(max == 1 ? "" : "s") (\(n) given)")
    }
}

/// Binds arguments of a method with keyword support (Argument Clinic `_PyArg_UnpackKeywords`).
/// Returns one slot per parameter name, nil when not given. `positionalOnly` leading parameters
/// cannot be passed by keyword; parameters from `keywordOnly` on cannot be passed by position.
func bindKeywords(
    _ args: Args, _ name: String, _ names: [String], required: Int = 0, keywordOnly: Int? = nil
) throws -> [Value?] {
    let maxPositional = keywordOnly ?? names.count
    var out = [Value?](repeating: nil, count: names.count)
    if args.count > maxPositional {
        if maxPositional == 0 {
            throw PyException.make(.typeError, "\(name)() takes no positional arguments")
        }
        let what = keywordOnly == nil ? "argument" : "positional argument"
        throw PyException.make(
            .typeError, "\(name)() takes at most \(maxPositional) \(what)\(maxPositional == 1 ? "" : "s") (\(args.count) given)")
    }
    for i in 0..<args.count { out[i] = args[i] }
    for (k, kw) in args.keywordNames.enumerated() {
        guard let idx = names.firstIndex(of: kw) else {
            throw PyException.make(.typeError, "'\(kw)' is an invalid keyword argument for \(name)()")
        }
        if out[idx] != nil {
            throw PyException.make(.typeError, "argument for \(name)() given by name ('\(kw)') and position (\(idx + 1))")
        }
        out[idx] = args.values[args.count + k]
    }
    for i in 0..<required where out[i] == nil {
        throw PyException.make(.typeError, "\(name)() missing required argument '\(names[i])' (pos \(i + 1))")
    }
    return out
}

/// A Python int argument as `Int` (`PyNumber_AsSsize_t` with OverflowError).
func intArg(_ v: Value) throws -> Int {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o) where o.kind == .bigint:
        throw PyException.make(.overflowError, "Python int too large to convert to C ssize_t")
    default:
        throw PyException.make(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
    }
}

/// A slice-style index argument (`start`/`end` of `find`): None means absent; big ints clamp.
func sliceIndexArg(_ v: Value?) throws -> Int? {
    guard let v else { return nil }
    switch v {
    case .none: return nil
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o) where o.kind == .bigint:
        return unsafeDowncast(o, to: PyBigInt.self).value.signum() < 0 ? Int.min / 2 : Int.max / 2
    default:
        throw PyException.make(.typeError, "slice indices must be integers or None or have an __index__ method")
    }
}

/// CPython's `ADJUST_INDICES`: clamps `end` to the length and makes negative bounds relative.
/// `start` may stay past the end; callers check `end - start` first.
func adjustIndices(_ start: Int?, _ end: Int?, _ length: Int) -> (Int, Int) {
    var s = start ?? 0
    var e = end ?? length
    if e > length {
        e = length
    } else if e < 0 {
        e += length
        if e < 0 { e = 0 }
    }
    if s < 0 {
        s += length
        if s < 0 { s = 0 }
    }
    return (s, e)
}

/// `x == y` as list/tuple searches see it (identity first, then equality).
@inline(__always) func itemMatches(_ a: Value, _ b: Value) -> Bool {
    isSame(a, b) || valuesEqual(a, b)
}

/// The receiver of a str method (the tables are only reached with a str receiver).
@inline(__always) func receiverStr(_ v: Value) throws -> PyStr {
    guard let s = v.asStr else { throw PyException.make(.typeError, "descriptor requires a 'str' object but received a '\(typeName(v))'") }
    return s
}

/// The receiver of a bytes or bytearray method.
@inline(__always) func receiverBytes(_ v: Value) throws -> PyBytes {
    guard case .object(let o) = v, o.kind == .bytes || o.kind == .bytearray else {
        throw PyException.make(.typeError, "descriptor requires a 'bytes' object but received a '\(typeName(v))'")
    }
    return unsafeDowncast(o, to: PyBytes.self)
}

/// The bytes of a bytes-like value (bytes or bytearray), or nil.
@inline(__always) func bytesLike(_ v: Value) -> [UInt8]? {
    guard case .object(let o) = v, o.kind == .bytes || o.kind == .bytearray else { return nil }
    return unsafeDowncast(o, to: PyBytes.self).bytes
}

// MARK: - substring search

/// Finds a byte needle in a byte range. Forward searches use the C library's memmem (two-way:
/// linear in the worst case); backward searches scan naively for short needles and use
/// Knuth–Morris–Pratt for long ones, so that crafted inputs cannot make a search quadratic.
struct ByteFinder {
    let needle: [UInt8]
    /// KMP failure table of the reversed needle (long needles searched backwards only).
    private let reversedNeedle: [UInt8]
    private let backward: [Int]

    private static let naiveLimit = 12

    init(_ needle: [UInt8], reverse: Bool = false) {
        self.needle = needle
        if reverse && needle.count > ByteFinder.naiveLimit {
            let r = Array(needle.reversed())
            reversedNeedle = r
            backward = ByteFinder.failureTable(r)
        } else {
            reversedNeedle = []
            backward = []
        }
    }

    /// `fail[i]`: length of the longest proper border of `p[0...i]`.
    private static func failureTable(_ p: [UInt8]) -> [Int] {
        var fail = [Int](repeating: 0, count: p.count)
        var k = 0
        for i in 1..<max(1, p.count) {
            while k > 0 && p[i] != p[k] { k = fail[k - 1] }
            if p[i] == p[k] { k += 1 }
            fail[i] = k
        }
        return fail
    }

    /// First position of the needle within `h[lo..<hi]`.
    func first(in h: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
        needle.withUnsafeBufferPointer { ByteFinder.first($0, in: h, lo, hi) }
    }

    /// First position of `n` within `h[lo..<hi]`, for a needle read in place (a forward search
    /// needs no tables).
    static func first(_ n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
        let m = n.count
        if m == 0 { return lo <= hi ? lo : nil }
        if hi - lo < m { return nil }
        // The C library's memmem: vectorised, and linear in the worst case (two-way algorithm).
        guard let base = h.baseAddress else { return nil }
        let p = cheap_find_bytes(base + lo, hi - lo, n.baseAddress, m)
        return p < 0 ? nil : lo + p
    }

    /// Last position of the needle within `h[lo..<hi]` (build with `reverse: true`).
    func last(in h: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
        let m = needle.count
        if m == 0 { return lo <= hi ? hi : nil }
        if hi - lo < m { return nil }
        if backward.isEmpty {
            let f = needle[0]
            var i = hi - m
            while i >= lo {
                if h[i] == f {
                    var k = 1
                    while k < m && h[i + k] == needle[k] { k += 1 }
                    if k == m { return i }
                }
                i -= 1
            }
            return nil
        }
        var k = 0
        var i = hi - 1
        while i >= lo {
            let c = h[i]
            while k > 0 && c != reversedNeedle[k] { k = backward[k - 1] }
            if c == reversedNeedle[k] { k += 1 }
            if k == m { return i }
            i -= 1
        }
        return nil
    }

    /// Non-overlapping occurrences within `h[lo..<hi]`, up to `limit`.
    func count(in h: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, limit: Int = .max) -> Int {
        needle.withUnsafeBufferPointer { ByteFinder.count($0, in: h, lo, hi, limit: limit) }
    }

    /// `count` for a needle read in place.
    static func count(
        _ needle: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, limit: Int = .max
    ) -> Int {
        var n = 0
        var i = lo
        while n < limit, let p = first(needle, in: h, i, hi) {
            n += 1
            i = p + needle.count
        }
        return n
    }
}

extension PyStr {
    /// Runs `body` over the string's UTF-8 bytes (contiguous: no copy).
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        // Native strings are contiguous and read in place; copying `value` first would retain it.
        if let r = try value.utf8.withContiguousStorageIfAvailable(body) { return r }
        var v = value
        return try v.withUTF8(body)
    }
}

/// Byte offset of code point `index` in UTF-8 bytes (`index` ≤ number of code points).
func utf8Offset(_ u: UnsafeBufferPointer<UInt8>, scalar index: Int) -> Int {
    var seen = 0
    var i = 0
    while i < u.count {
        if u[i] & 0xC0 != 0x80 {
            if seen == index { return i }
            seen += 1
        }
        i += 1
    }
    return u.count
}

/// Number of code points in `u[lo..<hi]`.
func scalarCount(_ u: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
    var n = 0
    var i = lo
    while i < hi {
        if u[i] & 0xC0 != 0x80 { n += 1 }
        i += 1
    }
    return n
}

/// Decodes the code point starting at byte `i` of valid UTF-8, returning it and its length.
@inline(__always)
func decodeScalar(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
    let b0 = UInt32(u[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F), 2) }
    if b0 < 0xF0 {
        return ((b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F), 3)
    }
    return ((b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F), 4)
}

/// Start of the code point that ends just before byte `i` (valid UTF-8, `i` > 0).
@inline(__always)
func previousScalarStart(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    var j = i - 1
    while j > 0 && u[j] & 0xC0 == 0x80 { j -= 1 }
    return j
}

/// A String from a range of valid UTF-8 bytes on code point boundaries.
@inline(__always)
func stringFrom(_ u: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: u[lo..<hi]), as: UTF8.self)
}

/// Python's `str.isspace` for one code point (bidirectional WS/B/S or category Zs).
@inline(__always)
func isPyWhitespace(_ c: UInt32) -> Bool {
    if c < 0x80 { return (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20) }
    switch c {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
}

/// Python's line boundaries for `str.splitlines`.
@inline(__always)
func isPyLineBreak(_ c: UInt32) -> Bool {
    switch c {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
}

/// ASCII whitespace as `bytes.split()`/`bytes.strip()` see it.
@inline(__always)
func isASCIISpace(_ b: UInt8) -> Bool {
    b == 0x20 || (b >= 9 && b <= 13)
}

/// The type name Argument Clinic's "argument must be X, not Y" messages use (`None` for None).
@inline(__always) func clinicTypeName(_ v: Value) -> String {
    v.isNone ? "None" : typeName(v)
}

/// Builds a String through a UTF-8 byte buffer. (Appending to a `String.UnicodeScalarView` one
/// scalar at a time is roughly a hundred times slower.)
struct TextBuilder {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    @inline(__always)
    mutating func append(_ u: Unicode.Scalar) {
        if u.isASCII {
            bytes.append(UInt8(u.value))
        } else {
            UTF8.encode(u) { bytes.append($0) }
        }
    }

    @inline(__always) mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func append<S: Sequence>(contentsOf s: S) where S.Element == Unicode.Scalar {
        for u in s { append(u) }
    }

    /// Bytes so far (for size checks).
    var count: Int { bytes.count }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
