import Foundation

/// What a template renders: a dictionary of strings, numbers, Bools, nested contexts and arrays.
///
/// Conventions that keep rendering safe and predictable:
/// - optional values never go in; a `hasX` Bool says whether `x` is shown, because Mustache treats
///   an empty string as a value and looks up a missing key in the enclosing context;
/// - every key a template reads inside a loop is present in every item;
/// - only HTML built in Swift by `MarkdownRenderer` is rendered unescaped (`{{{readmeHTML}}}`).
typealias TemplateContext = [String: Any]

/// Pieces shared by several pages: connector cards and category chips.
enum WebContexts {
    /// `text` trimmed, or nil when that leaves nothing.
    static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingASCIIWhitespace(), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// One connector card (`connector_list.mustache`).
    static func summary(_ connector: ConnectorSummaryView) -> TemplateContext {
        let version = nonEmpty(connector.latestVersion)
        return [
            "name": connector.name,
            "title": nonEmpty(connector.title) ?? connector.name,
            "summary": connector.summary,
            "hasSummary": nonEmpty(connector.summary) != nil,
            "href": connectorHref(connector.name),
            "latestVersion": version ?? "",
            "hasVersion": version != nil,
            "authLabel": WebFormat.authLabel(connector.authType),
            "authClass": WebFormat.cssToken(connector.authType),
            "deprecated": connector.deprecated,
            "downloadsText": WebFormat.counted(connector.downloads, "download"),
            "updatedText": WebFormat.day(connector.updatedAt),
            "updatedISO": WebFormat.timestamp(connector.updatedAt),
        ]
    }

    /// A list of cards with `items` and `hasItems`.
    static func list(_ connectors: [ConnectorSummaryView]) -> TemplateContext {
        ["items": connectors.map(summary), "hasItems": !connectors.isEmpty]
    }

    /// A link to a connector's page; a malformed name falls back to searching for it.
    static func connectorHref(_ name: String) -> String {
        QueryString.connectorPath(name) ?? QueryString.search(query: name)
    }

    /// A category chip linking to the search page filtered by it.
    static func categoryChip(_ category: String) -> TemplateContext {
        ["label": category, "href": QueryString.search(category: category)]
    }

    /// Distinct non-empty values in their first order.
    static func distinct(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.compactMap { nonEmpty($0) }.filter { seen.insert($0).inserted }
    }
}

extension HomePageView {
    /// The context for `home.mustache`.
    var templateContext: TemplateContext {
        let categories = WebContexts.distinct(categories)
        return [
            "countsText": WebFormat.counted(connectorCount, "connector") + " from "
                + WebFormat.counted(vendorCount, "vendor"),
            "categories": categories.map(WebContexts.categoryChip),
            "hasCategories": !categories.isEmpty,
            "recent": WebContexts.list(recent),
            "popular": WebContexts.list(popular),
        ]
    }
}
