import CoreFoundation

// GBK and GB18030, the encodings Chinese ERP and banking systems still send. The byte structure
// (which bytes start a two- or four-byte sequence) is checked here so errors carry CPython's
// positions and reasons; the code-point mapping itself comes from CoreFoundation's GB 18030-2000
// converter (swift-corelibs-foundation, ICU underneath), so no table lives in this package. GBK is
// decoded and encoded as the two-byte subset of GB18030. Only the CoreFoundation C API is used:
// importing Foundation here would make its `String` methods (`contains`, ...) shadow the standard
// library's in every file of the module.

enum ChineseCodecs {
    /// CoreFoundation's encoding for GB18030 (a superset of GBK and GB2312).
    static let gb18030 = CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)
    static let utf8 = CFStringEncoding(CFStringBuiltInEncodings.UTF8.rawValue)

    /// `bytes` converted from one CoreFoundation encoding to another; nil when a character does
    /// not convert.
    static func convert(_ bytes: ArraySlice<UInt8>, from: CFStringEncoding, to: CFStringEncoding) -> [UInt8]? {
        let made = bytes.withUnsafeBufferPointer { b in
            CFStringCreateWithBytes(kCFAllocatorDefault, b.baseAddress, b.count, from, false)
        }
        guard let s = made else { return nil }
        let length = CFStringGetLength(s)
        var needed: CFIndex = 0
        let range = CFRange(location: 0, length: length)
        guard CFStringGetBytes(s, range, to, 0, false, nil, 0, &needed) == length else { return nil }
        var out = [UInt8](repeating: 0, count: needed)
        var used: CFIndex = 0
        _ = out.withUnsafeMutableBufferPointer { CFStringGetBytes(s, range, to, 0, false, $0.baseAddress, needed, &used) }
        return Array(out.prefix(used))
    }

    /// Length of the well-formed sequence at `i`, or the error: (end of the bad range, reason).
    static func sequence(_ b: [UInt8], _ i: Int, fourByte: Bool) -> Result<Int, SequenceError> {
        let c = b[i]
        if c < 0x80 { return .success(1) }
        if c == 0x80 { return .failure(SequenceError(end: i + 1, reason: "incomplete multibyte sequence")) }
        if c == 0xFF { return .failure(SequenceError(end: i + 1, reason: "illegal multibyte sequence")) }
        guard i + 1 < b.count else { return .failure(SequenceError(end: b.count, reason: "incomplete multibyte sequence")) }
        let c2 = b[i + 1]
        if (0x40...0x7E).contains(c2) || (0x80...0xFE).contains(c2) { return .success(2) }
        guard fourByte, (0x30...0x39).contains(c2) else { return .failure(SequenceError(end: i + 1, reason: "illegal multibyte sequence")) }
        guard i + 3 < b.count else { return .failure(SequenceError(end: b.count, reason: "incomplete multibyte sequence")) }
        if (0x81...0xFE).contains(b[i + 2]) && (0x30...0x39).contains(b[i + 3]) { return .success(4) }
        return .failure(SequenceError(end: i + 1, reason: "illegal multibyte sequence"))
    }

    struct SequenceError: Error {
        var end: Int
        var reason: String
    }

    /// Decodes well-formed bytes; nil when a sequence is unmapped.
    private static func foundationDecode(_ b: ArraySlice<UInt8>) -> String? {
        if b.allSatisfy({ $0 < 0x80 }) { return String(decoding: b, as: UTF8.self) }
        return convert(b, from: gb18030, to: utf8).map { String(decoding: $0, as: UTF8.self) }
    }

    private static func encodeOne(_ s: String) -> [UInt8]? { convert(ArraySlice(s.utf8), from: utf8, to: gb18030) }

    /// `bytes.decode("gbk" | "gb18030", errors)`: `onError(start, end, reason, &out)` applies the
    /// error handler.
    static func decode(
        _ b: [UInt8], fourByte: Bool, onError: (Int, Int, String, inout String) throws -> Void
    ) throws -> String {
        var out = ""
        var runStart = 0
        var i = 0
        func flush(_ end: Int) throws {
            guard runStart < end else { return }
            if let s = foundationDecode(b[runStart..<end]) {
                out += s
                return
            }
            // Some sequence in the run has no mapping: find it character by character.
            var k = runStart
            while k < end {
                guard case .success(let n) = sequence(b, k, fourByte: fourByte) else { break }
                if let s = foundationDecode(b[k..<k + n]) { out += s } else { try onError(k, k + 1, "illegal multibyte sequence", &out) }
                k += n
            }
        }
        while i < b.count {
            switch sequence(b, i, fourByte: fourByte) {
            case .success(let n): i += n
            case .failure(let e):
                try flush(i)
                try onError(i, e.end, e.reason, &out)
                i = e.end
                runStart = i
            }
        }
        try flush(b.count)
        return out
    }

    /// `str.encode("gbk" | "gb18030", errors)`: `onError(index, &out)` handles an unencodable
    /// code point.
    static func encode(_ s: String, fourByte: Bool, onError: (Int, inout [UInt8]) throws -> Void) throws -> [UInt8] {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return Array(s.utf8) }
        if fourByte, let d = encodeOne(s) { return d }
        var out: [UInt8] = []
        for (index, c) in s.unicodeScalars.enumerated() {
            if c.value < 0x80 {
                out.append(UInt8(c.value))
                continue
            }
            let bytes = encodeOne(String(c)) ?? []
            if bytes.isEmpty || (!fourByte && (bytes.count != 2 || c.value == 0x20AC)) {
                try onError(index, &out)
            } else {
                out += bytes
            }
        }
        return out
    }
}
