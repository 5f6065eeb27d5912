import Foundation
import Mustache

/// Renders the web marketplace's HTML pages from view models.
///
/// Templates (`Resources/templates/*.mustache`) are read and compiled once, in `init`; rendering is
/// then pure and thread-safe, so build one renderer at start-up and share it. Every string from a
/// view model is HTML-escaped by Mustache; the README is rendered by `MarkdownRenderer`, which
/// escapes raw HTML and drops unsafe link targets.
public struct MarketplaceRenderer: Sendable {
    /// The `Content-Type` for every page this renders.
    public static let contentType = "text/html; charset=utf-8"

    private let library: MustacheLibrary
    private let stylesheet: String
    /// READMEs: their `#` headings sit below the page's `<h1>` and its section `<h2>`s.
    private let markdown = MarkdownRenderer(headingOffset: 2)

    /// Loads the templates bundled with the Registry target.
    public init() throws {
        try self.init(templatesDirectory: MarketplaceTemplates.bundledDirectory())
    }

    /// Loads the templates from `templatesDirectory` (for development against files on disk).
    public init(templatesDirectory: URL) throws {
        (library, stylesheet) = try MarketplaceTemplates.load(from: templatesDirectory)
    }

    /// `/`.
    public func home(_ view: HomePageView) -> String {
        render("home", view.templateContext)
    }

    /// `/search`.
    public func search(_ view: SearchPageView) -> String {
        render("search", view.templateContext)
    }

    /// `/connectors/{vendor}/{name}`.
    public func connector(_ view: ConnectorPageView) -> String {
        render("connector", view.templateContext(markdown: markdown))
    }

    /// The 404 page for `path` (shown escaped, cut to 200 characters).
    public func notFound(path: String) -> String {
        let shown = path.count > 200 ? String(path.prefix(200)) + "…" : path
        let lastSegment = path.split(separator: "/").last.map(String.init) ?? ""
        let suggestion = lastSegment.count <= 100 ? (lastSegment.removingPercentEncoding ?? lastSegment) : ""
        return render("not_found", ["path": shown, "suggestion": suggestion])
    }

    /// A generic error page: the status, its reason phrase and `message` (escaped).
    public func error(status: Int, message: String) -> String {
        let message = message.trimmingASCIIWhitespace()
        return render(
            "error",
            [
                "status": status, "reason": Self.reasonPhrase(status),
                "message": message, "hasMessage": !message.isEmpty,
            ])
    }

    private func render(_ template: String, _ context: TemplateContext) -> String {
        var context = context
        context["stylesheet"] = stylesheet
        if let html = library.render(context, withTemplate: template) { return html }
        // Unreachable after init's checks; still answer with a page rather than nothing.
        return "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>Junction</title>"
            + "<p>This page could not be rendered. <a href=\"/\">Junction</a></p></html>"
    }

    /// The standard reason phrase for the statuses the registry uses.
    public static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 406: "Not Acceptable"
        case 409: "Conflict"
        case 410: "Gone"
        case 413: "Content Too Large"
        case 415: "Unsupported Media Type"
        case 422: "Unprocessable Content"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        case 400..<500: "Request Error"
        default: "Server Error"
        }
    }
}
