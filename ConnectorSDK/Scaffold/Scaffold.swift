import Foundation

/// `junction connector init`: a complete starting point that validates, tests and packs as it is.
public enum Scaffold {
    /// A scaffolding failure.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The files of a new connector `vendor/name`.
    public static func files(for fullName: String) throws(Failure) -> [(path: String, text: String)] {
        let parts = fullName.split(separator: "/", omittingEmptySubsequences: false)
        let valid =
            parts.count == 2
            && parts.allSatisfy { p in
                !p.isEmpty && p.count <= 64 && p.first != "-" && p.last != "-"
                    && p.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
            }
        guard valid else {
            throw Failure(
                description: "\"\(fullName)\" is not a connector name: write vendor/name in lowercase letters, digits and hyphens")
        }
        let vendor = String(parts[0])
        let name = String(parts[1])
        let title = name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let fill = { (s: String) in
            s.replacingOccurrences(of: "{{name}}", with: fullName).replacingOccurrences(of: "{{vendor}}", with: vendor)
                .replacingOccurrences(of: "{{connector}}", with: name).replacingOccurrences(of: "{{title}}", with: title)
        }
        return [
            ("connector.yaml", fill(ScaffoldTemplates.manifest)),
            ("README.md", fill(ScaffoldTemplates.readme)),
            ("adapters/list_items.py", fill(ScaffoldTemplates.listScript)),
            ("tests/list_items.yaml", fill(ScaffoldTemplates.listTest)),
            ("tests/get_item.yaml", fill(ScaffoldTemplates.getTest)),
        ]
    }

    /// Writes a new connector into `folder`, which must not exist or be empty.
    public static func create(_ fullName: String, in folder: URL) throws(Failure) {
        let files = try files(for: fullName)
        let fm = FileManager.default
        if let existing = try? fm.contentsOfDirectory(atPath: folder.path), !existing.filter({ !$0.hasPrefix(".") }).isEmpty {
            throw Failure(description: "\(folder.path) already exists and is not empty; choose another folder with --dir")
        }
        do {
            for f in files {
                let url = folder.appendingPathComponent(f.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(f.text.utf8).write(to: url, options: .withoutOverwriting)
            }
        } catch {
            throw Failure(description: "cannot write \(folder.path): \(error.localizedDescription)")
        }
    }
}
