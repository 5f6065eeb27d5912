/// The methods of `str`, with CPython 3.11's behaviour and messages. The implementations live in
/// `StrOps` (search, split, layout), `StrCase` (case mapping, predicates), `StrFormatter` and
/// `TextCodec`.
let strMethods: [String: MethodFn] = [
    // Case mapping.
    "capitalize": { _, r, a in
        try noArgs(a, "str.capitalize")
        return .str(StrCase.capitalize(try receiverStr(r)))
    },
    "casefold": { _, r, a in
        try noArgs(a, "str.casefold")
        return .str(StrCase.casefold(try receiverStr(r)))
    },
    "lower": { _, r, a in
        try noArgs(a, "str.lower")
        let s = try receiverStr(r)
        if s.isASCII && !s.value.utf8.contains(where: StrCase.isASCIIUpper) { return r }
        return .str(StrCase.lower(s))
    },
    "upper": { _, r, a in
        try noArgs(a, "str.upper")
        let s = try receiverStr(r)
        if s.isASCII && !s.value.utf8.contains(where: StrCase.isASCIILower) { return r }
        return .str(StrCase.upper(s))
    },
    "swapcase": { _, r, a in
        try noArgs(a, "str.swapcase")
        return .str(StrCase.swapcase(try receiverStr(r)))
    },
    "title": { _, r, a in
        try noArgs(a, "str.title")
        return .str(StrCase.title(try receiverStr(r)))
    },

    // Predicates.
    "isalnum": { _, r, a in
        try noArgs(a, "str.isalnum")
        return .bool(
            StrCase.all(try receiverStr(r), ascii: { ($0 | 0x20 >= 97 && $0 | 0x20 <= 122) || ($0 >= 48 && $0 <= 57) }, StrCase.isAlnum))
    },
    "isalpha": { _, r, a in
        try noArgs(a, "str.isalpha")
        return .bool(StrCase.all(try receiverStr(r), ascii: { $0 | 0x20 >= 97 && $0 | 0x20 <= 122 }, StrCase.isAlpha))
    },
    "isascii": { _, r, a in
        try noArgs(a, "str.isascii")
        return .bool(try receiverStr(r).isASCII)
    },
    "isdecimal": { _, r, a in
        try noArgs(a, "str.isdecimal")
        return .bool(StrCase.all(try receiverStr(r), ascii: { $0 >= 48 && $0 <= 57 }, StrCase.isDecimal))
    },
    "isdigit": { _, r, a in
        try noArgs(a, "str.isdigit")
        return .bool(StrCase.all(try receiverStr(r), ascii: { $0 >= 48 && $0 <= 57 }, StrCase.isDigit))
    },
    "isnumeric": { _, r, a in
        try noArgs(a, "str.isnumeric")
        return .bool(StrCase.all(try receiverStr(r), ascii: { $0 >= 48 && $0 <= 57 }, StrCase.isNumeric))
    },
    "isspace": { _, r, a in
        try noArgs(a, "str.isspace")
        return .bool(StrCase.all(try receiverStr(r), ascii: { isPyWhitespace(UInt32($0)) }, { isPyWhitespace($0.value) }))
    },
    "isprintable": { _, r, a in
        try noArgs(a, "str.isprintable")
        let s = try receiverStr(r)
        if s.isASCII { return .bool(s.value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }) }
        return .bool(s.value.unicodeScalars.allSatisfy(isPrintable))
    },
    "isidentifier": { _, r, a in
        try noArgs(a, "str.isidentifier")
        return .bool(StrCase.isIdentifier(try receiverStr(r)))
    },
    "islower": { _, r, a in
        try noArgs(a, "str.islower")
        return .bool(StrCase.isLower(try receiverStr(r)))
    },
    "isupper": { _, r, a in
        try noArgs(a, "str.isupper")
        return .bool(StrCase.isUpper(try receiverStr(r)))
    },
    "istitle": { _, r, a in
        try noArgs(a, "str.istitle")
        return .bool(StrCase.isTitle(try receiverStr(r)))
    },

    // Searching.
    "find": { vm, r, a in
        let (sub, start, end) = try StrOps.searchArgs(a, "find")
        return .int(try StrOps.find(vm, try receiverStr(r), sub, start, end, reverse: false))
    },
    "rfind": { vm, r, a in
        let (sub, start, end) = try StrOps.searchArgs(a, "rfind")
        return .int(try StrOps.find(vm, try receiverStr(r), sub, start, end, reverse: true))
    },
    "index": { vm, r, a in
        let (sub, start, end) = try StrOps.searchArgs(a, "index")
        let i = try StrOps.find(vm, try receiverStr(r), sub, start, end, reverse: false)
        if i < 0 { throw PyException.make(.valueError, "substring not found") }
        return .int(i)
    },
    "rindex": { vm, r, a in
        let (sub, start, end) = try StrOps.searchArgs(a, "rindex")
        let i = try StrOps.find(vm, try receiverStr(r), sub, start, end, reverse: true)
        if i < 0 { throw PyException.make(.valueError, "substring not found") }
        return .int(i)
    },
    "count": { vm, r, a in
        let (sub, start, end) = try StrOps.searchArgs(a, "count")
        return .int(try StrOps.count(vm, try receiverStr(r), sub, start, end))
    },
    "startswith": { _, r, a in try StrOps.startsOrEnds(a, r, suffix: false) },
    "endswith": { _, r, a in try StrOps.startsOrEnds(a, r, suffix: true) },

    // Splitting and joining.
    "split": { vm, r, a in try StrOps.split(vm, r, a, reverse: false) },
    "rsplit": { vm, r, a in try StrOps.split(vm, r, a, reverse: true) },
    "splitlines": { vm, r, a in try StrOps.splitlines(vm, r, a) },
    "partition": { _, r, a in try StrOps.partition(r, a, reverse: false) },
    "rpartition": { _, r, a in try StrOps.partition(r, a, reverse: true) },
    "join": { vm, r, a in try StrOps.join(vm, r, a) },

    // Trimming and replacing.
    "strip": { _, r, a in try StrOps.strip(r, a, "strip", .both) },
    "lstrip": { _, r, a in try StrOps.strip(r, a, "lstrip", .left) },
    "rstrip": { _, r, a in try StrOps.strip(r, a, "rstrip", .right) },
    "removeprefix": { _, r, a in try StrOps.affix(r, a, suffix: false) },
    "removesuffix": { _, r, a in try StrOps.affix(r, a, suffix: true) },
    "replace": { vm, r, a in try StrOps.replace(vm, r, a) },
    "translate": { vm, r, a in try StrOps.translate(vm, r, a) },
    "maketrans": { _, _, a in try StrOps.maketrans(a) },

    // Layout.
    "center": { vm, r, a in try StrOps.justify(vm, r, a, .center) },
    "ljust": { vm, r, a in try StrOps.justify(vm, r, a, .left) },
    "rjust": { vm, r, a in try StrOps.justify(vm, r, a, .right) },
    "zfill": { vm, r, a in try StrOps.zfill(vm, r, a) },
    "expandtabs": { vm, r, a in try StrOps.expandtabs(vm, r, a) },

    // Formatting and encoding.
    "format": { vm, r, a in try StrFormatter.formatMethod(vm, r, a) },
    "format_map": { vm, r, a in try StrFormatter.formatMap(vm, r, a) },
    "encode": { vm, r, a in
        let p = try bindKeywords(a, "encode", ["encoding", "errors"])
        let s = try receiverStr(r)
        let encoding = try codecArgument(p[0], "encode", "encoding") ?? "utf-8"
        let errors = try codecArgument(p[1], "encode", "errors") ?? "strict"
        let out = try TextCodec.encode(s, encoding: encoding, errors: errors)
        try vm.checkSize(out.count)
        return .object(PyBytes(out))
    },
]

/// The `encoding`/`errors` argument of `encode`/`decode`: a str, or nil when not given.
func codecArgument(_ v: Value?, _ function: String, _ name: String) throws -> String? {
    guard let v else { return nil }
    guard let s = v.asStr else {
        throw PyException.make(.typeError, "\(function)() argument '\(name)' must be str, not \(clinicTypeName(v))")
    }
    return s.value
}
