/// `format(Decimal, spec)`, following `_pydecimal.Decimal.__format__`.
enum DecimalFormat {
    struct Spec {
        var fill: Character = " "
        var align: Character = ">"
        var sign: Character = "-"
        var noNegZero = false
        var alt = false
        var zeropad = false
        var width = 0
        var sep = ""
        var precision: Int?
        var type: Character?
    }

    static func parse(_ s: String) throws -> Spec {
        var spec = Spec()
        let c = Array(s)
        var i = 0
        let aligns: Set<Character> = ["<", ">", "=", "^"]
        var explicitAlign = false
        if c.count >= 2 && aligns.contains(c[1]) {
            spec.fill = c[0]
            spec.align = c[1]
            explicitAlign = true
            i = 2
        } else if !c.isEmpty && aligns.contains(c[0]) {
            spec.align = c[0]
            explicitAlign = true
            i = 1
        }
        if i < c.count, "+- ".contains(c[i]) {
            spec.sign = c[i]
            i += 1
        }
        if i < c.count, c[i] == "z" {
            spec.noNegZero = true
            i += 1
        }
        if i < c.count, c[i] == "#" {
            spec.alt = true
            i += 1
        }
        if i < c.count, c[i] == "0" {
            spec.zeropad = true
            if !explicitAlign {
                spec.fill = "0"
                spec.align = "="
            }
            i += 1
        }
        var w = ""
        while i < c.count, c[i].isASCII, c[i].isNumber {
            w.append(c[i])
            i += 1
        }
        spec.width = Int(w) ?? 0
        if i < c.count, c[i] == "," || c[i] == "_" {
            spec.sep = String(c[i])
            i += 1
        }
        if i < c.count, c[i] == "." {
            i += 1
            var p = ""
            while i < c.count, c[i].isASCII, c[i].isNumber {
                p.append(c[i])
                i += 1
            }
            guard let n = Int(p) else { throw PyException.make(.valueError, "Invalid format specifier") }
            spec.precision = n
        }
        if i < c.count {
            spec.type = c[i]
            i += 1
        }
        if i != c.count || !(spec.type.map { "eEfFgGn%".contains($0) } ?? true) {
            throw PyException.make(.valueError, "Invalid format specifier '\(s)' for object of type 'decimal.Decimal'")
        }
        if let t = spec.type, "gGn".contains(t), spec.precision == 0 { spec.precision = 1 }
        return spec
    }

    static func round(_ x: DecimalNumber, _ places: Int, _ mode: DecimalRounding) -> DecimalNumber {
        guard x.isFinite, !x.isZero else { return x }
        var r = x.rescaled(x.adjusted + 1 - places, mode)
        if r.adjusted != x.adjusted { r = r.rescaled(r.adjusted + 1 - places, mode) }
        return r
    }

    static func format(_ value: DecimalNumber, _ specText: String) throws -> String {
        var spec = try parse(specText)
        let mode = DecimalRounding.halfEven
        func signText(_ neg: Bool) -> String { neg ? "-" : (spec.sign == "+" || spec.sign == " " ? String(spec.sign) : "") }
        func align(_ sign: String, _ body: String) -> String {
            let padCount = max(0, spec.width - sign.count - body.count)
            let padding = String(repeating: spec.fill, count: padCount)
            switch spec.align {
            case "<": return sign + body + padding
            case "=": return sign + padding + body
            case "^":
                let half = padCount / 2
                return String(padding.prefix(half)) + sign + body + String(padding.dropFirst(half))
            default: return padding + sign + body
            }
        }
        if !value.isFinite {
            var abs = value
            abs.negative = false
            return align(signText(value.negative), abs.toString() + (spec.type == "%" ? "%" : ""))
        }
        var x = value
        let type = spec.type ?? "G"
        if spec.type == nil { spec.type = "G" }
        if type == "%" { x.exponent += 2 }
        if let p = spec.precision {
            if "eE".contains(type) {
                x = round(x, p + 1, mode)
            } else if "fF%".contains(type) {
                x = x.rescaled(-p, mode)
            } else if "gG".contains(type) && x.digitCount > p {
                x = round(x, p, mode)
            }
        }
        if x.isZero && x.exponent > 0 && "fF%".contains(type) { x = x.rescaled(0, mode) }
        let neg = x.isZero && spec.noNegZero ? false : x.negative
        let digits = x.digits
        let left = x.exponent + digits.count
        let dot: Int
        if "eE".contains(type) {
            dot = x.isZero && spec.precision != nil ? 1 - (spec.precision ?? 0) : 1
        } else if "fF%".contains(type) {
            dot = left
        } else {
            dot = x.exponent <= 0 && left > -6 ? left : 1
        }
        var intPart: String
        var frac: String
        if dot < 0 {
            intPart = "0"
            frac = String(repeating: "0", count: -dot) + digits
        } else if dot > digits.count {
            intPart = digits + String(repeating: "0", count: dot - digits.count)
            frac = ""
        } else {
            intPart = dot == 0 ? "0" : String(digits.prefix(dot))
            frac = String(digits.dropFirst(dot))
        }
        let exp = left - dot
        let sign = signText(neg)
        if !frac.isEmpty || spec.alt { frac = "." + frac }
        if exp != 0 || "eE".contains(type) {
            let e: String = (type == "E" || type == "G") ? "E" : "e"
            frac += e + (exp >= 0 ? "+" : "") + String(exp)
        }
        if type == "%" { frac += "%" }
        var minWidth = spec.zeropad ? spec.width - frac.count - sign.count : 0
        // `_insert_thousands_sep`.
        var groups: [String] = []
        var d = intPart
        if spec.sep.isEmpty {
            let l = max(d.count, minWidth, 1)
            groups.append(String(repeating: "0", count: l - d.count) + d)
        } else {
            while true {
                let l = min(max(d.count, minWidth, 1), 3)
                groups.append(String(repeating: "0", count: max(0, l - d.count)) + String(d.suffix(l)))
                d = String(d.dropLast(l))
                minWidth -= l
                if d.isEmpty && minWidth <= 0 { break }
                minWidth -= spec.sep.count
            }
        }
        intPart = groups.reversed().joined(separator: spec.sep)
        return align(sign, intPart + frac)
    }
}
