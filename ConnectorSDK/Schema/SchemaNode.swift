import Foundation

/// Index of a compiled subschema in `SchemaProgram.nodes`.
typealias NodeID = Int

/// The compiled form of a whole schema: a flat array of nodes that refer to each other by index,
/// so `$ref` cycles need no reference cycles. Immutable, and a class so that a schema or an evaluator
/// holding it costs one reference count.
final class SchemaProgram: Sendable {
    let nodes: [SchemaNode]
    /// `$ref` slots resolved after the whole document was read; `Check.ref` holds an index into this.
    let refTargets: [NodeID]
    let root: NodeID

    init(nodes: [SchemaNode], refTargets: [NodeID], root: NodeID) {
        self.nodes = nodes
        self.refTargets = refTargets
        self.root = root
    }
}

/// One subschema: where it came from and what it checks. A class so that fetching a node during
/// validation costs a single reference count.
final class SchemaNode: Sendable {
    /// JSON pointer of the subschema inside the document (`""` for the root).
    let location: String
    let body: Body
    /// The type of a node that checks nothing else (`{"type": "string"}`, the commonest leaf), so
    /// evaluation can answer it without walking its checks.
    let onlyType: JSONTypeSet?

    init(location: String, body: Body) {
        self.location = location
        self.body = body
        if case .checks(let checks) = body, checks.count == 1, case .type(let set) = checks[0] {
            onlyType = set
        } else {
            onlyType = nil
        }
    }

    enum Body: Sendable {
        /// A boolean schema: `true` accepts everything, `false` nothing.
        case always(Bool)
        /// An object schema, its assertions in evaluation order (`type` first).
        case checks([Check])
    }

    /// The `type` this node declares, if any — for "expected string or object" summaries of `anyOf`.
    var declaredTypes: JSONTypeSet? {
        guard case .checks(let checks) = body else { return nil }
        for check in checks { if case .type(let set) = check { return set } }
        return nil
    }
}

/// The object keywords that decide which schema each member is checked against.
/// A class so a check carrying it costs one reference count, not one per collection.
final class MemberRules: Sendable {
    /// `properties`, name → subschema.
    let properties: [String: NodeID]
    /// The property names in the order the schema wrote them (for "allowed properties" hints).
    let declaredNames: [String]
    /// `patternProperties`, in the order written.
    let patterns: [(regex: ECMARegex, node: NodeID)]
    /// `additionalProperties`: applied to members matched by neither of the above.
    let additional: NodeID?
    /// `properties` as a list when there are few: comparing a handful of names costs less than
    /// hashing the member's name.
    private let few: [(name: String, node: NodeID)]?

    init(
        properties: [String: NodeID], declaredNames: [String], patterns: [(regex: ECMARegex, node: NodeID)],
        additional: NodeID?
    ) {
        self.properties = properties
        self.declaredNames = declaredNames
        self.patterns = patterns
        self.additional = additional
        few = properties.count <= 8 ? properties.map { ($0.key, $0.value) } : nil
    }

    /// The subschema `properties` gives for member `name`, if any.
    func property(_ name: String) -> NodeID? {
        guard let few else { return properties[name] }
        for entry in few where entry.name == name { return entry.node }
        return nil
    }
}

/// One assertion or applicator of a compiled node.
enum Check: Sendable {
    case type(JSONTypeSet)
    case enumeration(values: [JSONValue], lookup: Set<CanonicalJSON>)
    case constant(JSONValue)
    case members(MemberRules)
    case required([String])
    case propertyNames(NodeID)
    case minProperties(Int)
    case maxProperties(Int)
    case dependentRequired([(property: String, requires: [String])])
    case dependentSchemas([(property: String, node: NodeID)])
    /// `prefixItems` and `items` together: `items` applies from `prefix.count` on.
    case items(prefix: [NodeID], rest: NodeID?)
    case minItems(Int)
    case maxItems(Int)
    case uniqueItems
    case contains(NodeID, min: Int, max: Int?)
    case minLength(Int)
    case maxLength(Int)
    case pattern(ECMARegex)
    case format(SchemaFormat)
    case minimum(SchemaNumber)
    case maximum(SchemaNumber)
    case exclusiveMinimum(SchemaNumber)
    case exclusiveMaximum(SchemaNumber)
    case multipleOf(SchemaNumber)
    case allOf([NodeID])
    case anyOf([NodeID])
    case oneOf([NodeID])
    case not(NodeID)
    case conditional(if: NodeID, then: NodeID?, else: NodeID?)
    /// Index into `SchemaProgram.refTargets`, plus the reference as written (for messages).
    case ref(slot: Int, written: String)
}

/// A set of JSON Schema type names, as a bit set.
struct JSONTypeSet: OptionSet, Sendable, Hashable, CustomStringConvertible {
    let rawValue: UInt8

    static let null = JSONTypeSet(rawValue: 1 << 0)
    static let boolean = JSONTypeSet(rawValue: 1 << 1)
    static let object = JSONTypeSet(rawValue: 1 << 2)
    static let array = JSONTypeSet(rawValue: 1 << 3)
    static let number = JSONTypeSet(rawValue: 1 << 4)
    static let string = JSONTypeSet(rawValue: 1 << 5)
    static let integer = JSONTypeSet(rawValue: 1 << 6)

    static let allNames = ["null", "boolean", "object", "array", "number", "string", "integer"]
    private static let byName: [String: JSONTypeSet] = [
        "null": .null, "boolean": .boolean, "object": .object, "array": .array,
        "number": .number, "string": .string, "integer": .integer,
    ]

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init?(name: String) {
        guard let set = Self.byName[name] else { return nil }
        self = set
    }

    /// Whether `value` is of one of these types (`integer` accepts `1.0`; `number` accepts integers).
    func admits(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return contains(.null)
        case .bool: return contains(.boolean)
        case .string: return contains(.string)
        case .array: return contains(.array)
        case .object: return contains(.object)
        case .integer: return contains(.number) || contains(.integer)
        case .number(let d):
            return contains(.number) || (contains(.integer) && d.isFinite && d.rounded() == d)
        }
    }

    /// `string`, `string or null`, `string, integer or null`.
    var description: String {
        let names = Self.allNames.filter { contains(Self.byName[$0] ?? []) }
        guard names.count > 1, let last = names.last else { return names.first ?? "nothing" }
        return names.dropLast().joined(separator: ", ") + " or " + last
    }
}
