import Foundation

/// The JSON Schema of `connector.yaml`, shipped as `Resources/connector.schema.json`.
public enum ManifestSchema {
    /// The schema's text, as `junction connector schema` prints it.
    public static let text: String = {
        guard let url = Bundle.module.url(forResource: "connector.schema", withExtension: "json"),
            let data = FileManager.default.contents(atPath: url.path)
        else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }()

    /// The schema as a value.
    public static let value: JSONValue = (try? JSONValue.parse(text)) ?? .object([:])

    /// The compiled schema. The file ships with the SDK and a test compiles it, so failure here is a build defect.
    static let compiled: JSONSchema? = try? JSONSchema(value)
}
