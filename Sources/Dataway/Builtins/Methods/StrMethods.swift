/// The methods of `str`, with CPython 3.11's behaviour and messages. The implementations live in
/// `StrOps` (search, split, layout), `StrCase` (case mapping, predicates), `StrFormatter` and
/// `TextCodec`.
let strMethods: [String: MethodBox] = [
    // Case mapping.
    "capitalize": MethodBox { _, r, a in
        try noArgs(a, "str.capitalize")
        return .str(StrCase.capitalize(try receiverStr(r)))
    },
    "casefold": MethodBox { _, r, a in
        try noArgs(a, "str.casefold")
        return .str(StrCase.casefold(try receiverStr(r)))
    },
    "lower": MethodBox { _, r, a in
        try noArgs(a, "str.lower")
        let s = try receiverStr(r)
        if s.isASCII && !s.value.utf8.contains(where: StrCase.isASCIIUpper) { return r }
        return .str(StrCase.lower(s))
    },
    "upper": MethodBox { _, r, a in
        try noArgs(a, "str.upper")
        let s = try receiverStr(r)
        if s.isASCII && !s.value.utf8.contains(where: StrCase.isASCIILower) { return r }
        return .str(StrCase.upper(s))
    },
    "swapcase": MethodBox { _, r, a in
        try noArgs(a, "str.swapcase")
        return .str(StrCase.swapcase(try receiverStr(r)))
    },
    "title": MethodBox { _, r, a in
        try noArgs(a, "str.title")
        return .str(StrCase.title(try receiverStr(r)))
    },

    // Predicates.
    "isalnum": MethodBox { _, r, a in
        try noArgs(a, "str.isalnum")
        return .bool(
            StrCase.all(try receiverStr(r), ascii: { ($0 | 0x20 >= 97 && $0 | 0x20 <= 122) || ($0 >= 48 && $0 <= 57) }, StrCase.isAlnum))
    },
    "isalpha": MethodBox { _, r, a in
        try noArgs(a, "str.isalpha")
        return .bool(StrCase.all(try receiverStr(r), ascii: { $0 | 0x20 >= 97 && $0 | 0x20 <= 122 }, StrCase.isAlpha))
    },
    "isascii": MethodBox { _, r, a in
        try noArgs(a, "str.isascii")
        return .bool(try receiverStr(r).isASCII)
    },
    "isdecimal": MethodBox { _, r, a in
        try noArgs(a, "str.isdecimal")
        return .bool(StrCase.all(try receiverStr(r), ascii: { $0 >= 48 && $0 <= 57 }, StrCase.isDecimal))
    },
    "isdigit": MethodBox { _, r, a in
        try noArgs(a, "str.isdigit")
        return .bool(StrCase.all(try receiverStr(r), ascii: { $0 >= 48 && $0 <= 57 }, StrCase.isDigit))
    },
    "isnumeric": MethodBox { _, r, a in
        try noArgs(a, "str.isnumeric")
        return .bool(StrCase.all(try receiverStr(r), ascii: { $0 >= 48 && $0 <= 57 }, StrCase.isNumeric))
    },
    "isspace": MethodBox { _, r, a in
        try noArgs(a, "str.isspace")
        return .bool(StrCase.all(try receiverStr(r), ascii: { isPyWhitespace(UInt32($0)) }, { isPyWhitespace($0.value) }))
    },
    "isprintable": MethodBox { _, r, a in
        try noArgs(a, "str.isprintable")
        let s = try receiverStr(r)
        if s.isASCII { return .bool(s.value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }) }
        return .bool(s.value.unicodeScalars.allSatisfy(isPrintable))
    },
    "isidentifier": MethodBox { _, r, a in
        try noArgs(a, "str.isidentifier")
        return .bool(StrCase.isIdentifier(try receiverStr(r)))
    },
    "islower": MethodBox { _, r, a in
        try noArgs(a, "str.islower")
        return .bool(StrCase.isLower(try receiverStr(r)))
    },
    "isupper": MethodBox { _, r, a in
        try noArgs(a, "str.isupper")
        return .bool(StrCase.isUpper(try receiverStr(r)))
    },
    "istitle": MethodBox { _, r, a in
        try noArgs(a, "str.istitle")
        return .bool(StrCase.isTitle(try receiverStr(r)))
    },

    // Searching.
    "find": MethodBox { vm, r, a in
        let (sub, start, end) = try StrOps.searchArgs(a, "find")
        return .int(try StrOps.find(vm, try receiverStr(r), sub, start, end, reverse: false))
    },
    "rfind": MethodBox { vm, r, a in
        let (sub, start, end) = try StrOps.searchArgs(a, "rfind")
        return .int(try StrOps.find(vm, try receiverStr(r), sub, start, end, reverse: true))
    },
    "index": MethodBox { vm, r, a in
        let (sub, start, end) = try StrOps.searchArgs(a, "index")
        let i = try StrOps.find(vm, try receiverStr(r), sub, start, end, reverse: false)
        if i < 0 { throw PyException.make(.valueError, "substring not found") }
        return .int(i)
    },
    "rindex": MethodBox { vm, r, a in
        let (sub, start, end) = try StrOps.searchArgs(a, "rindex")
        let i = try StrOps.find(vm, try receiverStr(r), sub, start, end, reverse: true)
        if i < 0 { throw PyException.make(.valueError, "substring not found") }
        return .int(i)
    },
    "count": MethodBox { vm, r, a in
        let (sub, start, end) = try StrOps.searchArgs(a, "count")
        return .int(try StrOps.count(vm, try receiverStr(r), sub, start, end))
    },
    "startswith": MethodBox { _, r, a in try StrOps.startsOrEnds(a, r, suffix: false) },
    "endswith": MethodBox { _, r, a in try StrOps.startsOrEnds(a, r, suffix: true) },

    // Splitting and joining.
    "split": MethodBox { vm, r, a in try StrOps.split(vm, r, a, reverse: false) },
    "rsplit": MethodBox { vm, r, a in try StrOps.split(vm, r, a, reverse: true) },
    "splitlines": MethodBox { vm, r, a in try StrOps.splitlines(vm, r, a) },
    "partition": MethodBox { _, r, a in try StrOps.partition(r, a, reverse: false) },
    "rpartition": MethodBox { _, r, a in try StrOps.partition(r, a, reverse: true) },
    "join": MethodBox { vm, r, a in try StrOps.join(vm, r, a) },

    // Trimming and replacing.
    "strip": MethodBox { _, r, a in try StrOps.strip(r, a, "strip", .both) },
    "lstrip": MethodBox { _, r, a in try StrOps.strip(r, a, "lstrip", .left) },
    "rstrip": MethodBox { _, r, a in try StrOps.strip(r, a, "rstrip", .right) },
    "removeprefix": MethodBox { _, r, a in try StrOps.affix(r, a, suffix: false) },
    "removesuffix": MethodBox { _, r, a in try StrOps.affix(r, a, suffix: true) },
    "replace": MethodBox { vm, r, a in try StrOps.replace(vm, r, a) },
    "translate": MethodBox { vm, r, a in try StrOps.translate(vm, r, a) },
    "maketrans": MethodBox { _, _, a in try StrOps.maketrans(a) },

    // Layout.
    "center": MethodBox { vm, r, a in try StrOps.justify(vm, r, a, .center) },
    "ljust": MethodBox { vm, r, a in try StrOps.justify(vm, r, a, .left) },
    "rjust": MethodBox { vm, r, a in try StrOps.justify(vm, r, a, .right) },
    "zfill": MethodBox { vm, r, a in try StrOps.zfill(vm, r, a) },
    "expandtabs": MethodBox { vm, r, a in try StrOps.expandtabs(vm, r, a) },

    // Formatting and encoding.
    "format": MethodBox { vm, r, a in try StrFormatter.formatMethod(vm, r, a) },
    "format_map": MethodBox { vm, r, a in try StrFormatter.formatMap(vm, r, a) },
    "encode": MethodBox { vm, r, a in
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
