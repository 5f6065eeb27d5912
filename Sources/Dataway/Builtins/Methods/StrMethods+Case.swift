// Case mapping and character-class predicates of `str`, per code point as CPython 3.11 defines
// them (full case mappings, the final-sigma rule, Unicode derived properties).

/// Case folding where it differs from the lowercase mapping (generated from CPython 3.11's
/// `str.casefold`): `cp:mapping` entries and `lo-hi~offset` runs, in hexadecimal.
private let casefoldSpecials: [UInt32: [UInt32]] = {
    let text = [
        "b5:3bc,df:73 73,149:2bc 6e,17f:73,1f0:6a 30c,345:3b9,390:3b9 308 301,3b0:3c5 308 301,",
        "3c2:3c3,3d0:3b2,3d1:3b8,3d5:3c6,3d6:3c0,3f0:3ba,3f1:3c1,3f5:3b5,587:565 582,13a0-13f5~0,",
        "13f8-13fd~-8,1c80:432,1c81:434,1c82:43e,1c83:441,1c84:442,1c85:442,1c86:44a,1c87:463,",
        "1c88:a64b,1e96:68 331,1e97:74 308,1e98:77 30a,1e99:79 30a,1e9a:61 2be,1e9b:1e61,1e9e:73 73,",
        "1f50:3c5 313,1f52:3c5 313 300,1f54:3c5 313 301,1f56:3c5 313 342,1f80:1f00 3b9,1f81:1f01 3b9,",
        "1f82:1f02 3b9,1f83:1f03 3b9,1f84:1f04 3b9,1f85:1f05 3b9,1f86:1f06 3b9,1f87:1f07 3b9,",
        "1f88:1f00 3b9,1f89:1f01 3b9,1f8a:1f02 3b9,1f8b:1f03 3b9,1f8c:1f04 3b9,1f8d:1f05 3b9,",
        "1f8e:1f06 3b9,1f8f:1f07 3b9,1f90:1f20 3b9,1f91:1f21 3b9,1f92:1f22 3b9,1f93:1f23 3b9,",
        "1f94:1f24 3b9,1f95:1f25 3b9,1f96:1f26 3b9,1f97:1f27 3b9,1f98:1f20 3b9,1f99:1f21 3b9,",
        "1f9a:1f22 3b9,1f9b:1f23 3b9,1f9c:1f24 3b9,1f9d:1f25 3b9,1f9e:1f26 3b9,1f9f:1f27 3b9,",
        "1fa0:1f60 3b9,1fa1:1f61 3b9,1fa2:1f62 3b9,1fa3:1f63 3b9,1fa4:1f64 3b9,1fa5:1f65 3b9,",
        "1fa6:1f66 3b9,1fa7:1f67 3b9,1fa8:1f60 3b9,1fa9:1f61 3b9,1faa:1f62 3b9,1fab:1f63 3b9,",
        "1fac:1f64 3b9,1fad:1f65 3b9,1fae:1f66 3b9,1faf:1f67 3b9,1fb2:1f70 3b9,1fb3:3b1 3b9,",
        "1fb4:3ac 3b9,1fb6:3b1 342,1fb7:3b1 342 3b9,1fbc:3b1 3b9,1fbe:3b9,1fc2:1f74 3b9,1fc3:3b7 3b9,",
        "1fc4:3ae 3b9,1fc6:3b7 342,1fc7:3b7 342 3b9,1fcc:3b7 3b9,1fd2:3b9 308 300,1fd3:3b9 308 301,",
        "1fd6:3b9 342,1fd7:3b9 308 342,1fe2:3c5 308 300,1fe3:3c5 308 301,1fe4:3c1 313,1fe6:3c5 342,",
        "1fe7:3c5 308 342,1ff2:1f7c 3b9,1ff3:3c9 3b9,1ff4:3ce 3b9,1ff6:3c9 342,1ff7:3c9 342 3b9,",
        "1ffc:3c9 3b9,ab70-abbf~-38864,fb00:66 66,fb01:66 69,fb02:66 6c,fb03:66 66 69,fb04:66 66 6c,",
        "fb05:73 74,fb06:73 74,fb13:574 576,fb14:574 565,fb15:574 56b,fb16:57e 576,fb17:574 56d",
    ].joined()
    var table: [UInt32: [UInt32]] = [:]
    for entry in text.split(separator: ",") {
        if let tilde = entry.firstIndex(of: "~") {
            let range = entry[..<tilde].split(separator: "-")
            guard range.count == 2, let lo = UInt32(range[0], radix: 16), let hi = UInt32(range[1], radix: 16),
                let off = Int64(entry[entry.index(after: tilde)...])
            else { continue }
            for c in lo...hi { table[c] = [UInt32(Int64(c) + off)] }
        } else {
            let kv = entry.split(separator: ":")
            guard kv.count == 2, let k = UInt32(kv[0], radix: 16) else { continue }
            table[k] = kv[1].split(separator: " ").compactMap { UInt32($0, radix: 16) }
        }
    }
    return table
}()

enum StrCase {
    /// Appends the scalars of a mapping string.
    @inline(__always)
    private static func append(_ mapped: String, _ out: inout TextBuilder) {
        out.append(mapped)
    }

    /// CPython's `lower_ucs4`: full lowercase, with U+03A3 becoming final sigma at a word end.
    static func lower(_ s: [Unicode.Scalar], _ i: Int, _ out: inout TextBuilder) {
        let c = s[i]
        if c.value < 0x80 {
            out.append(Unicode.Scalar(asciiLower(UInt8(c.value))))
            return
        }
        if c.value == 0x3A3 {
            out.append(finalSigma(s, i) ? "\u{3C2}" as Unicode.Scalar : "\u{3C3}")
            return
        }
        if c.properties.changesWhenLowercased { append(c.properties.lowercaseMapping, &out) } else { out.append(c) }
    }

    /// Whether the capital sigma at `i` is in the Final_Sigma context.
    private static func finalSigma(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && s[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0 && s[j].properties.isCased else { return false }
        j = i + 1
        while j < s.count && s[j].properties.isCaseIgnorable { j += 1 }
        return j == s.count || !s[j].properties.isCased
    }

    @inline(__always)
    static func upper(_ c: Unicode.Scalar, _ out: inout TextBuilder) {
        if c.value < 0x80 {
            out.append(Unicode.Scalar(asciiUpper(UInt8(c.value))))
            return
        }
        if c.properties.changesWhenUppercased { append(c.properties.uppercaseMapping, &out) } else { out.append(c) }
    }

    @inline(__always)
    static func title(_ c: Unicode.Scalar, _ out: inout TextBuilder) {
        if c.value < 0x80 {
            out.append(Unicode.Scalar(asciiUpper(UInt8(c.value))))
            return
        }
        if c.properties.changesWhenTitlecased { append(c.properties.titlecaseMapping, &out) } else { out.append(c) }
    }

    /// Maps every byte of an ASCII string.
    private static func mapASCII(_ s: PyStr, _ f: (UInt8) -> UInt8) -> String {
        s.withBytes { u in
            String(unsafeUninitializedCapacity: u.count) { buf in
                for i in 0..<u.count { buf[i] = f(u[i]) }
                return u.count
            }
        }
    }

    @inline(__always) static func asciiLower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
    @inline(__always) static func asciiUpper(_ b: UInt8) -> UInt8 { b >= 97 && b <= 122 ? b - 32 : b }
    @inline(__always) static func isASCIIUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
    @inline(__always) static func isASCIILower(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }

    static func lower(_ s: PyStr) -> String {
        if s.isASCII { return mapASCII(s, asciiLower) }
        let a = Array(s.value.unicodeScalars)
        var out = TextBuilder(capacity: s.value.utf8.count)
        for i in 0..<a.count { lower(a, i, &out) }
        return out.string
    }

    static func upper(_ s: PyStr) -> String {
        if s.isASCII { return mapASCII(s, asciiUpper) }
        var out = TextBuilder(capacity: s.value.utf8.count)
        for c in s.value.unicodeScalars { upper(c, &out) }
        return out.string
    }

    static func casefold(_ s: PyStr) -> String {
        if s.isASCII { return mapASCII(s, asciiLower) }
        var out = TextBuilder(capacity: s.value.utf8.count)
        for c in s.value.unicodeScalars {
            if c.value < 0x80 {
                out.append(Unicode.Scalar(asciiLower(UInt8(c.value))))
            } else if let m = casefoldSpecials[c.value] {
                for x in m { if let u = Unicode.Scalar(x) { out.append(u) } }
            } else if c.properties.changesWhenLowercased {
                append(c.properties.lowercaseMapping, &out)
            } else {
                out.append(c)
            }
        }
        return out.string
    }

    static func swapcase(_ s: PyStr) -> String {
        if s.isASCII { return mapASCII(s) { isASCIIUpper($0) ? $0 + 32 : isASCIILower($0) ? $0 - 32 : $0 } }
        let a = Array(s.value.unicodeScalars)
        var out = TextBuilder(capacity: s.value.utf8.count)
        for i in 0..<a.count {
            let p = a[i].properties
            if p.isUppercase { lower(a, i, &out) } else if p.isLowercase { upper(a[i], &out) } else { out.append(a[i]) }
        }
        return out.string
    }

    static func capitalize(_ s: PyStr) -> String {
        if s.count == 0 { return "" }
        if s.isASCII {
            return s.withBytes { u in
                String(unsafeUninitializedCapacity: u.count) { buf in
                    buf[0] = asciiUpper(u[0])
                    for i in 1..<max(1, u.count) { buf[i] = asciiLower(u[i]) }
                    return u.count
                }
            }
        }
        let a = Array(s.value.unicodeScalars)
        var out = TextBuilder(capacity: s.value.utf8.count)
        title(a[0], &out)
        for i in 1..<a.count { lower(a, i, &out) }
        return out.string
    }

    static func title(_ s: PyStr) -> String {
        let a = Array(s.value.unicodeScalars)
        var out = TextBuilder(capacity: s.value.utf8.count)
        var previousCased = false
        for i in 0..<a.count {
            let c = a[i]
            if c.value < 0x80 {
                let b = UInt8(c.value)
                out.append(Unicode.Scalar(previousCased ? asciiLower(b) : asciiUpper(b)))
                previousCased = isASCIIUpper(b) || isASCIILower(b)
                continue
            }
            if previousCased { lower(a, i, &out) } else { title(c, &out) }
            previousCased = c.properties.isCased
        }
        return out.string
    }

    // MARK: predicates

    /// True when `s` is non-empty and every code point satisfies `f`.
    @inline(__always)
    static func all(_ s: PyStr, ascii: (UInt8) -> Bool, _ f: (Unicode.Scalar) -> Bool) -> Bool {
        if s.count == 0 { return false }
        if s.isASCII { return s.withBytes { $0.allSatisfy(ascii) } }
        return s.value.unicodeScalars.allSatisfy(f)
    }

    static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isDecimal(_ c: Unicode.Scalar) -> Bool { c.properties.numericType == .decimal }
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        let t = c.properties.numericType
        return t == .decimal || t == .digit
    }
    static func isNumeric(_ c: Unicode.Scalar) -> Bool { c.properties.numericType != nil }

    static func isAlnum(_ c: Unicode.Scalar) -> Bool { isAlpha(c) || isNumeric(c) }

    static func isLower(_ s: PyStr) -> Bool { TextCase.isLower(s.value.unicodeScalars, caseOf: scalarCase) }
    static func isUpper(_ s: PyStr) -> Bool { TextCase.isUpper(s.value.unicodeScalars, caseOf: scalarCase) }
    static func isTitle(_ s: PyStr) -> Bool { TextCase.isTitle(s.value.unicodeScalars, caseOf: scalarCase) }

    private static func scalarCase(_ c: Unicode.Scalar) -> TextCase.Kind {
        let p = c.properties
        if p.generalCategory == .titlecaseLetter { return .title }
        return p.isUppercase ? .upper : p.isLowercase ? .lower : .uncased
    }

    static func isIdentifier(_ s: PyStr) -> Bool {
        var first = true
        for c in s.value.unicodeScalars {
            if first {
                if !(c == "_" || c.properties.isXIDStart) { return false }
                first = false
            } else if !c.properties.isXIDContinue {
                return false
            }
        }
        return !first
    }
}
