import BigInt

/// The tag of a heap object, used for fast dispatch without dynamic casts.
enum ObjectKind: UInt8 {
    case str, bytes, bytearray, bigint, list, tuple, dict, set, frozenset, range, slice
    case function, builtinFunction, boundMethod, cell, iterator, exception, type, module
    case dictView, message, entity, multimap, native, other
}

/// Base class of every heap value. Subclasses are final and chosen by `kind`.
class PyObject {
    final let kind: ObjectKind
    init(kind: ObjectKind) { self.kind = kind }
}

/// An immutable Unicode string, indexed by code point.
final class PyStr: PyObject {
    // Laid out small (48 bytes, a 64-byte heap block, where an Int count made it 80): the flag
    // and the 32-bit count fill the gap after the object's kind.
    /// True when every code point is ASCII, so UTF-8 offsets are code point offsets.
    let isASCII: Bool
    /// The code point count, or -1 past `Int32.max` (then counted when asked).
    private let storedCount: Int32
    let value: String
    /// The dict/set hash, computed on first use (0: not yet). Strings shared between runs (compiled
    /// constants) get theirs computed at compile time, so this is only ever written by the one run
    /// that owns the string.
    var cachedHash = 0

    /// Number of Unicode code points.
    @inline(__always) var count: Int { storedCount >= 0 ? Int(storedCount) : value.unicodeScalars.count }

    init(_ value: String) {
        var v = value
        let (count, ascii) = v.withUTF8 { PyStr.measure($0) }
        self.value = v
        self.isASCII = ascii
        self.storedCount = Int32(exactly: count) ?? -1
        super.init(kind: .str)
    }

    /// A string whose code point count and ASCII-ness the caller already knows (from its parts).
    init(_ value: String, isASCII: Bool, count: Int) {
        self.value = value
        self.isASCII = isASCII
        self.storedCount = Int32(exactly: count) ?? -1
        super.init(kind: .str)
    }

    /// Code points and ASCII-ness of UTF-8 text, eight bytes at a time.
    @inline(__always)
    static func measure(_ buf: UnsafeBufferPointer<UInt8>) -> (count: Int, ascii: Bool) {
        let n = buf.count
        guard let base = buf.baseAddress else { return (0, true) }
        var high: UInt64 = 0
        var i = 0
        while i + 8 <= n {
            high |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            i += 8
        }
        var tail: UInt8 = 0
        while i < n {
            tail |= base[i]
            i += 1
        }
        if high & 0x8080_8080_8080_8080 == 0 && tail & 0x80 == 0 { return (n, true) }
        var continuation = 0
        for b in buf where b & 0xC0 == 0x80 { continuation += 1 }
        return (n - continuation, false)
    }

    /// The code point at `i` (0-based, already bounds-checked).
    func scalar(at i: Int) -> Unicode.Scalar {
        if isASCII {
            return Unicode.Scalar(value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: i)])
        }
        return value.unicodeScalars[value.unicodeScalars.index(value.unicodeScalars.startIndex, offsetBy: i)]
    }

    /// The substring of code points in `range` (already clamped).
    func substring(_ range: Range<Int>) -> String {
        if isASCII {
            let u = value.utf8
            let lo = u.index(u.startIndex, offsetBy: range.lowerBound)
            let hi = u.index(lo, offsetBy: range.count)
            return String(value[lo..<hi])
        }
        let u = value.unicodeScalars
        let lo = u.index(u.startIndex, offsetBy: range.lowerBound)
        let hi = u.index(lo, offsetBy: range.count)
        return String(u[lo..<hi])
    }
}

/// `bytes` (immutable) and `bytearray` (mutable), told apart by `kind`.
final class PyBytes: PyObject {
    var bytes: [UInt8]
    init(_ bytes: [UInt8], mutable: Bool = false) {
        self.bytes = bytes
        super.init(kind: mutable ? .bytearray : .bytes)
    }
}

/// An integer too large for `Int`.
final class PyBigInt: PyObject {
    let value: BigInt
    init(_ value: BigInt) {
        self.value = value
        super.init(kind: .bigint)
    }
}

final class PyList: PyObject {
    var items: [Value]
    init(_ items: [Value] = []) {
        self.items = items
        super.init(kind: .list)
    }
    deinit { ReleaseQueue.release(&items) }

    /// Appends `v`; an empty list starts with room for four, as CPython's does, rather than
    /// growing through one and two.
    @inline(__always) func append(_ v: consuming Value) {
        if items.capacity == 0 { items.reserveCapacity(4) }
        items.append(v)
    }
}

final class PyTuple: PyObject {
    private(set) var items: [Value]
    init(_ items: [Value]) {
        self.items = items
        super.init(kind: .tuple)
    }
    deinit { ReleaseQueue.release(&items) }

    /// Runs `body` on the items in place, for a tuple nothing else refers to yet (or any more):
    /// a tuple is immutable once another reference can see it.
    func withMutableItems<R>(_ body: (inout UnsafeMutableBufferPointer<Value>) throws -> R) rethrows -> R {
        try items.withUnsafeMutableBufferPointer(body)
    }
}

final class PyRange: PyObject {
    let start: Int
    let stop: Int
    let step: Int
    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(kind: .range)
    }
    var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }
}

final class PySlice: PyObject {
    let start: Value
    let stop: Value
    let step: Value
    init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(kind: .slice)
    }
}

/// A variable captured by a closure.
final class PyCell: PyObject {
    var value: Value
    init(_ value: Value = .undefined) {
        self.value = value
        super.init(kind: .cell)
    }
    deinit {
        var v = [value]
        value = .none
        ReleaseQueue.release(&v)
    }
}

/// A module: a named bag of attributes (json, math, ...).
final class PyModule: PyObject {
    let name: String
    let attributes: [String: Value]
    init(name: String, attributes: [String: Value]) {
        self.name = name
        self.attributes = attributes
        super.init(kind: .module)
    }
}
