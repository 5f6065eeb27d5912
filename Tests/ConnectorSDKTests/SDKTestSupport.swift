import ConnectorSDK
import Foundation

/// A small valid package that tests change one thing at a time.
enum Sample {
    static let manifest = """
        junction: 1
        name: acme/widgets
        version: 1.0.0
        title: Widgets
        summary: Widgets from Acme.
        runtime: ^1.0
        hosts: [api.acme.com]
        connection:
          fields:
            api_key: { type: string, secret: true }
        auth:
          type: api_key
          field: api_key
        base_url: https://api.acme.com/v2
        operations:
          list_widgets:
            title: List widgets
            input:
              type: object
              properties:
                color: { type: string }
            output:
              type: array
              items: { type: object, required: [id] }
            request:
              method: GET
              path: /widgets
              query:
                color: ${input.get('color')}
            response:
              select: items
          get_widget:
            title: Get a widget
            request:
              path: /widgets/${input.id}
            response:
              script: adapters/widget.py

        """

    static let script = """
        def dw_process(msg):
            return {"id": msg.payload["id"], "name": msg.payload.get("name", "")}

        """

    static func files(manifest: String = Sample.manifest, extra: [String: String] = [:]) -> PackageFiles {
        var f: [String: [UInt8]] = [
            "connector.yaml": Array(manifest.utf8),
            "README.md": Array("# Widgets\n".utf8),
            "adapters/widget.py": Array(script.utf8),
        ]
        for (k, v) in extra { f[k] = Array(v.utf8) }
        return PackageFiles(files: f)
    }

    /// The sample with `old` replaced by `new` (the test fails loudly if `old` is not there).
    static func replacing(_ old: String, with new: String) -> String {
        precondition(manifest.contains(old), "sample manifest has no \(old)")
        return manifest.replacingOccurrences(of: old, with: new)
    }

    static func connector(_ manifest: String = Sample.manifest, extra: [String: String] = [:]) throws -> CompiledConnector {
        try ConnectorValidator.load(files(manifest: manifest, extra: extra))
    }

    /// The repository's root folder.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The example connectors in `ConnectorSDK/Examples`.
    static var examples: [URL] {
        let dir = repositoryRoot.appendingPathComponent("ConnectorSDK/Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().map { dir.appendingPathComponent($0) }.filter {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("connector.yaml").path)
        }
    }
}
