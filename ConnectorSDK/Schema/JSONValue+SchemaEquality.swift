/// Equality as JSON Schema defines it for `enum`, `const` and `uniqueItems`: numbers compare by value
/// (`1 == 1.0`), objects compare regardless of key order, arrays element by element.
extension JSONValue {
    /// Whether two values are equal under JSON Schema's rules (unlike `==`, which tells `1` from `1.0`
    /// and objects with the same members in a different order).
    public func schemaEquals(_ other: JSONValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.integer, _), (.number, _):
            guard let a = SchemaNumber(self), let b = SchemaNumber(other) else { return false }
            return a.compare(b) == 0
        case (.array(let a), .array(let b)):
            guard a.count == b.count else { return false }
            return zip(a, b).allSatisfy { $0.schemaEquals($1) }
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            for (key, value) in a {
                guard let theirs = b[key], value.schemaEquals(theirs) else { return false }
            }
            return true
        default: return false
        }
    }
}

/// A JSON value wrapped so that `Hashable` follows `schemaEquals`: used for `uniqueItems` and large `enum`s.
struct CanonicalJSON: Hashable, Sendable {
    let value: JSONValue

    init(_ value: JSONValue) { self.value = value }

    static func == (lhs: CanonicalJSON, rhs: CanonicalJSON) -> Bool { lhs.value.schemaEquals(rhs.value) }

    func hash(into hasher: inout Hasher) { Self.feed(value, into: &hasher, depth: 0) }

    /// Levels below this do not contribute to the hash: hashing stays cheap and never recurses deeply on a
    /// hostile value, and equal values still hash equally.
    private static let hashedDepth = 4

    private static func feed(_ value: JSONValue, into hasher: inout Hasher, depth: Int) {
        switch value {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(1); hasher.combine(b)
        case .string(let s): hasher.combine(2); hasher.combine(s)
        case .integer(let i): hasher.combine(3); hasher.combine(Double(i))
        case .number(let d): hasher.combine(3); hasher.combine(d)
        case .array(let items):
            hasher.combine(4)
            hasher.combine(items.count)
            guard depth < hashedDepth else { return }
            for item in items { feed(item, into: &hasher, depth: depth + 1) }
        case .object(let members):
            hasher.combine(5)
            hasher.combine(members.count)
            guard depth < hashedDepth else { return }
            // Order-independent: combine each member's own hash commutatively.
            var sum = 0
            for (key, member) in members {
                var inner = Hasher()
                inner.combine(key)
                feed(member, into: &inner, depth: depth + 1)
                sum = sum &+ inner.finalize()
            }
            hasher.combine(sum)
        }
    }
}

/// A JSON number kept exact where it is an integer, so large integers compare without rounding.
enum SchemaNumber: Sendable, Hashable, CustomStringConvertible {
    case int(Int)
    case double(Double)

    init?(_ value: JSONValue) {
        switch value {
        case .integer(let i): self = .int(i)
        case .number(let d): self = .double(d)
        default: return nil
        }
    }

    var doubleValue: Double {
        switch self {
        case .int(let i): Double(i)
        case .double(let d): d
        }
    }

    /// -1, 0 or 1. Integers compare exactly; a mix compares exactly when the double is a whole number in range.
    func compare(_ other: SchemaNumber) -> Int {
        switch (self, other) {
        case (.int(let a), .int(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.int(let a), .double(let b)): return -Self.compare(b, a)
        case (.double(let a), .int(let b)): return Self.compare(a, b)
        case (.double(let a), .double(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        }
    }

    private static func compare(_ d: Double, _ i: Int) -> Int {
        if let exact = Int(exactly: d) { return exact < i ? -1 : (exact == i ? 0 : 1) }
        let di = Double(i)
        if d < di { return -1 }
        if d > di { return 1 }
        // Equal as doubles but d is not exactly i: d is whole-number-free only at the extremes.
        return d.rounded(.towardZero) < di ? -1 : 1
    }

    var description: String {
        switch self {
        case .int(let i): "\(i)"
        case .double(let d):
            if d.isFinite, d.rounded() == d, abs(d) < 1e15 { "\(Int(d))" } else { "\(d)" }
        }
    }
}
