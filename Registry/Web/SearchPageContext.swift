extension SearchPageView {
    /// The context for `search.mustache`: filters, results, pagination and the empty state.
    var templateContext: TemplateContext {
        let query = query.trimmingASCIIWhitespace()
        let category = WebContexts.nonEmpty(category)
        let auth = WebContexts.nonEmpty(auth)
        // Clamped so numbers taken from a URL cannot overflow the arithmetic below.
        let perPage = min(max(1, perPage), 10_000)
        let total = min(max(0, total), 1 << 48)
        let pageCount = max(1, (total + perPage - 1) / perPage)
        let page = min(max(1, page), 1 << 40)
        let href = { (page: Int) in QueryString.search(query: query, category: category, auth: auth, page: page) }
        let first = (page - 1) * perPage + 1
        let last = first + results.count - 1
        let filtered = !query.isEmpty || category != nil || auth != nil

        var context: TemplateContext = [
            "query": query,
            "heading": query.isEmpty ? "Connectors" : "Results for “\(query)”",
            "pageTitle": query.isEmpty ? "Search connectors" : "\(query) — search",
            "categoryOptions": options(WebContexts.distinct(categories + [category].compactMap { $0 }), selected: category) { $0 },
            "authOptions": options(WebContexts.distinct(authTypes + [auth].compactMap { $0 }), selected: auth, label: WebFormat.authLabel),
            "items": results.map(WebContexts.summary),
            "hasResults": !results.isEmpty,
            "rangeText": results.count == total
                ? WebFormat.counted(total, "connector")
                : "\(WebFormat.count(first))–\(WebFormat.count(last)) of \(WebFormat.counted(total, "connector"))",
            "page": page,
            "pageCount": pageCount,
            "hasPagination": pageCount > 1 && !results.isEmpty,
            "hasPrevious": page > 1,
            "previousHref": href(min(page - 1, pageCount)),
            "hasNext": page < pageCount,
            "nextHref": href(page + 1),
            "pastLastPage": results.isEmpty && total > 0,
            "firstPageHref": href(1),
        ]
        var active: [TemplateContext] = []
        if let category {
            active.append(["label": "Category: \(category)", "removeHref": QueryString.search(query: query, auth: auth)])
        }
        if let auth {
            active.append([
                "label": "Auth: \(WebFormat.authLabel(auth))",
                "removeHref": QueryString.search(query: query, category: category),
            ])
        }
        context["activeFilters"] = active
        context["hasActiveFilters"] = !active.isEmpty
        context["emptyMessage"] = emptyMessage(
            query: query, category: category, auth: auth, filtered: filtered,
            pageCount: pageCount)
        return context
    }

    private func options(_ values: [String], selected: String?, label: (String) -> String) -> [TemplateContext] {
        values.map { ["value": $0, "label": label($0), "selected": $0 == selected] }
    }

    /// "No connectors match “crm” in Sales with OAuth 2.0." — plain text; the template escapes it.
    private func emptyMessage(query: String, category: String?, auth: String?, filtered: Bool, pageCount: Int) -> String {
        if total > 0 {
            return "Page \(WebFormat.count(min(max(1, page), 1 << 40))) is past the last page (\(WebFormat.count(pageCount)))."
        }
        guard filtered else { return "No connectors have been published yet." }
        var message = "No connectors match"
        message += query.isEmpty ? " your filters" : " “\(query)”"
        if let category { message += " in \(category)" }
        if let auth { message += " with \(WebFormat.authLabel(auth))" }
        return message + "."
    }
}
