import ConnectorSDK
import Foundation
import Testing

/// Keeps `connector.schema.json` and the `Manifest` model in agreement.
@Suite("Manifest schema and model agree")
struct SchemaAgreementTests {
    static func fixture() throws -> JSONValue {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/full-manifest", withExtension: "yaml"))
        return try YAMLDocument.parse(try String(contentsOf: url, encoding: .utf8), file: "full-manifest.yaml").value
    }

    /// Resolves `#/$defs/x`.
    static func resolve(_ node: JSONValue, root: JSONValue) -> JSONValue {
        guard let ref = node["$ref"]?.stringValue, ref.hasPrefix("#/$defs/") else { return node }
        return root["$defs"]?[String(ref.dropFirst(8))] ?? node
    }

    /// Every key path the schema declares (`auth.apply.format`, `operations.*.request.query`).
    static func schemaPaths(_ node: JSONValue, root: JSONValue, prefix: String, into out: inout Set<String>) {
        let n = resolve(node, root: root)
        for (k, sub) in n["properties"]?.objectValue ?? [:] {
            let p = prefix.isEmpty ? k : "\(prefix).\(k)"
            out.insert(p)
            schemaPaths(sub, root: root, prefix: p, into: &out)
        }
        if let extra = n["additionalProperties"], extra.objectValue != nil {
            schemaPaths(extra, root: root, prefix: "\(prefix).*", into: &out)
        }
    }

    /// The key paths a document uses, read through the schema so map keys become `*`.
    static func documentPaths(_ doc: JSONValue, schema: JSONValue, root: JSONValue, prefix: String, into out: inout Set<String>) {
        let n = resolve(schema, root: root)
        guard case .object(let members) = doc else { return }
        let props = n["properties"]?.objectValue ?? [:]
        for (k, v) in members {
            if let sub = props[k] {
                let p = prefix.isEmpty ? k : "\(prefix).\(k)"
                out.insert(p)
                documentPaths(v, schema: sub, root: root, prefix: p, into: &out)
            } else if let extra = n["additionalProperties"], extra.objectValue != nil {
                documentPaths(v, schema: extra, root: root, prefix: "\(prefix).*", into: &out)
            }
        }
    }

    @Test func theSchemaCompilesAndTheFixtureMatchesIt() throws {
        let schema = try JSONSchema(ManifestSchema.value)
        #expect(schema.validate(try Self.fixture()) == [])
    }

    @Test func theFixtureUsesEverySchemaKey() throws {
        let root = ManifestSchema.value
        var declared = Set<String>()
        Self.schemaPaths(root, root: root, prefix: "", into: &declared)
        var used = Set<String>()
        Self.documentPaths(try Self.fixture(), schema: root, root: root, prefix: "", into: &used)
        #expect(declared.subtracting(used).sorted() == [], "keys the fixture does not use")
        #expect(declared.count > 100)
    }

    /// The model decodes every key and encodes it back: nothing in the schema is missing from the model.
    @Test func theModelRoundTripsEveryKey() throws {
        let fixture = try Self.fixture()
        let decoder = JSONDecoder()
        let manifest = try decoder.decode(Manifest.self, from: Data(fixture.jsonText().utf8))
        let encoder = JSONEncoder()
        let back = try JSONValue.parse(String(decoding: try encoder.encode(manifest), as: UTF8.self))
        let root = ManifestSchema.value
        var original = Set<String>()
        Self.documentPaths(fixture, schema: root, root: root, prefix: "", into: &original)
        var roundTripped = Set<String>()
        Self.documentPaths(back, schema: root, root: root, prefix: "", into: &roundTripped)
        #expect(original.subtracting(roundTripped).sorted() == [], "keys the model drops")
        #expect(roundTripped.subtracting(original).sorted() == [], "keys the model invents")
    }

    @Test func theCLIPrintsTheSameSchemaFile() throws {
        let file = Sample.repositoryRoot.appendingPathComponent("ConnectorSDK/Resources/connector.schema.json")
        #expect(try String(contentsOf: file, encoding: .utf8) == ManifestSchema.text)
    }
}
