import Foundation
import Mustache

/// Why the marketplace's templates could not be loaded (a packaging fault, found at start-up).
public struct MarketplaceTemplateError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and where.
    public var message: String
    public var description: String { message }
}

/// Finds, reads and compiles the marketplace's Mustache templates and stylesheet.
enum MarketplaceTemplates {
    /// Every template the renderer uses, by name (file name without `.mustache`).
    static let required = ["layout", "connector_list", "home", "search", "connector", "not_found", "error"]
    /// The stylesheet inlined into every page.
    static let stylesheetFile = "marketplace.css"

    /// `templates/` in the Registry target's resource bundle.
    static func bundledDirectory() throws(MarketplaceTemplateError) -> URL {
        guard let url = Bundle.module.url(forResource: "templates", withExtension: nil) else {
            throw MarketplaceTemplateError(message: "the marketplace templates are missing from the build (Registry/Resources/templates)")
        }
        return url
    }

    /// Compiles every `*.mustache` file in `directory` into a library and reads the stylesheet.
    static func load(from directory: URL) throws(MarketplaceTemplateError) -> (library: MustacheLibrary, stylesheet: String) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw MarketplaceTemplateError(message: "cannot list templates in \(directory.path): \(error)")
        }
        var library = MustacheLibrary()
        for file in names.sorted() where file.hasSuffix(".mustache") {
            let text = try read(directory.appendingPathComponent(file))
            do {
                try library.register(text, named: String(file.dropLast(".mustache".count)))
            } catch {
                throw MarketplaceTemplateError(message: "template \(file) does not compile: \(error)")
            }
        }
        for name in required where library.getTemplate(named: name) == nil {
            throw MarketplaceTemplateError(message: "template \(name).mustache is missing from \(directory.path)")
        }
        let stylesheet = try read(directory.appendingPathComponent(stylesheetFile))
        // The stylesheet goes inside <style>; it is ours, but never let it close the element.
        guard !stylesheet.lowercased().contains("</style") else {
            throw MarketplaceTemplateError(message: "\(stylesheetFile) must not contain </style")
        }
        return (library, stylesheet)
    }

    private static func read(_ url: URL) throws(MarketplaceTemplateError) -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw MarketplaceTemplateError(message: "cannot read \(url.path)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
