import Foundation
import Testing

@testable import Registry

/// The marketplace pages render realistic data with the pieces a visitor needs.
@Suite struct WebPageTests {
    let renderer: MarketplaceRenderer

    init() throws { renderer = try MarketplaceRenderer() }

    @Test func layoutIsSharedByEveryPage() {
        let pages = [
            renderer.home(WebFixtures.home), renderer.search(WebFixtures.search()),
            renderer.connector(WebFixtures.connector), renderer.notFound(path: "/nope"),
            renderer.error(status: 500, message: "boom"),
        ]
        for html in pages {
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
            #expect(html.contains("<a class=\"brand\" href=\"/\">Junction</a>"))
            #expect(html.contains("<form class=\"site-search\" action=\"/search\" method=\"get\""))
            #expect(html.contains("<a href=\"/openapi.yaml\">"))
            #expect(html.contains("<style>/* Junction marketplace"))
            #expect(!html.contains("<script"))
        }
    }

    @Test func homePage() {
        let html = renderer.home(WebFixtures.home)
        #expect(html.contains("<title>Junction — connector marketplace</title>"))
        #expect(html.contains("42 connectors from 7 vendors"))
        #expect(html.contains("<a class=\"chip\" href=\"/search?category=Marketing%20%26%20Email\">Marketing &amp; Email</a>"))
        #expect(html.contains("Recently updated"))
        #expect(html.contains("Most downloaded"))
        #expect(html.contains("<a href=\"/connectors/acme/crm\">Acme CRM</a>"))
        #expect(html.contains("<a href=\"/connectors/initech/tps\">Initech TPS</a>"))
        #expect(html.contains("98,765 downloads"))
        #expect(html.contains("<span class=\"badge auth auth-api_key\">API key</span>"))
        #expect(html.contains("<time datetime=\"2025-03-14T09:30:00Z\">2025-03-14</time>"))
        #expect(html.contains("v1.4.2"))
    }

    @Test func homePageWithNothingPublished() {
        let html = renderer.home(HomePageView(recent: [], popular: [], categories: [], connectorCount: 1, vendorCount: 1))
        #expect(html.contains("1 connector from 1 vendor"))
        #expect(html.contains("No connectors have been published yet."))
        #expect(!html.contains("class=\"chips\""))
    }

    @Test func searchPageKeepsQueryInFiltersAndPaginates() {
        let html = renderer.search(WebFixtures.search())
        #expect(html.contains("<h1>Results for “crm &amp; co”</h1>"))
        #expect(html.contains("<input id=\"site-q\" type=\"search\" name=\"q\" value=\"crm &amp; co\""))
        #expect(html.contains("<input id=\"filter-q\" type=\"search\" name=\"q\" value=\"crm &amp; co\""))
        #expect(html.contains("<option value=\"CRM\" selected>CRM</option>"))
        #expect(html.contains("<option value=\"Marketing &amp; Email\">Marketing &amp; Email</option>"))
        #expect(html.contains("<option value=\"oauth2\" selected>OAuth 2.0</option>"))
        #expect(html.contains("<option value=\"api_key\">API key</option>"))
        #expect(html.contains("21–40 of 57 connectors"))
        #expect(html.contains("Page 2 of 3"))
        #expect(html.contains("href=\"/search?q=crm%20%26%20co&amp;category=CRM&amp;auth=oauth2\">← Previous</a>"))
        #expect(html.contains("href=\"/search?q=crm%20%26%20co&amp;category=CRM&amp;auth=oauth2&amp;page=3\">Next →</a>"))
        #expect(html.contains("href=\"/search?q=crm%20%26%20co&amp;auth=oauth2\" title=\"Remove this filter\">Category: CRM"))
        #expect(html.contains("<a href=\"/connectors/vendor0/crm\">CRM 0</a>"))
    }

    @Test func firstAndLastPagesDisableTheirEnds() {
        let first = renderer.search(WebFixtures.search(page: 1))
        #expect(first.contains("<span class=\"page-link disabled\" aria-disabled=\"true\">← Previous</span>"))
        #expect(first.contains("Page 1 of 3"))
        let last = renderer.search(WebFixtures.search(page: 3, results: [WebFixtures.summary("a/b", title: "B")]))
        #expect(last.contains("Page 3 of 3"))
        #expect(last.contains("<span class=\"page-link disabled\" aria-disabled=\"true\">Next →</span>"))
    }

    @Test func searchEmptyStates() {
        let none = renderer.search(WebFixtures.search(page: 1, total: 0, results: []))
        #expect(none.contains("No connectors match “crm &amp; co” in CRM with OAuth 2.0."))
        #expect(!none.contains("class=\"pagination\""))
        let past = renderer.search(WebFixtures.search(page: 9, total: 57, results: []))
        #expect(past.contains("Page 9 is past the last page (3)."))
        #expect(past.contains("<a href=\"/search?q=crm%20%26%20co&amp;category=CRM&amp;auth=oauth2\">Go to the first page</a>"))
        let empty = SearchPageView(
            query: "", category: nil, auth: nil, page: 1, perPage: 20, total: 0, results: [],
            categories: [], authTypes: [])
        #expect(renderer.search(empty).contains("No connectors have been published yet."))
    }

    @Test func absurdPagingNumbersDoNotTrap() {
        for (page, perPage, total) in [(Int.max, Int.max, Int.max), (Int.min, 0, -5), (Int.max, 1, Int.max)] {
            let view = SearchPageView(
                query: "x", category: nil, auth: nil, page: page, perPage: perPage, total: total, results: [],
                categories: [], authTypes: [])
            #expect(renderer.search(view).contains("</html>"))
        }
    }

    @Test func connectorPage() {
        let html = renderer.connector(WebFixtures.connector)
        #expect(html.contains("<title>Acme CRM (acme/crm) · Junction</title>"))
        #expect(html.contains("<h1>Acme CRM</h1>"))
        #expect(html.contains("<p class=\"connector-name\">acme/crm</p>"))
        #expect(html.contains("<a class=\"badge auth auth-oauth2\" href=\"/search?auth=oauth2\">OAuth 2.0</a>"))
        #expect(html.contains("<a class=\"badge category\" href=\"/search?category=Sales\">Sales</a>"))
        #expect(html.contains("<span class=\"badge license\" title=\"License\">Apache-2.0</span>"))
        #expect(html.contains("<a class=\"badge homepage\" href=\"https://acme.example\" rel=\"nofollow ugc noopener\">Homepage</a>"))
        #expect(html.contains("<code>junction install acme/crm@^2.3</code>"))
        #expect(html.contains("<h3>Acme CRM</h3>"))
        #expect(html.contains("Connects to <strong>Acme</strong>."))
        #expect(html.contains("<li>list contacts</li>"))
        #expect(html.contains("<code>list_contacts</code> <span class=\"op-title\">List contacts</span>"))
        #expect(html.contains("<dd>Every contact, paged.</dd>"))
        #expect(html.contains("<code>new_contact</code>"))
        #expect(html.contains("12,345"))
    }

    @Test func deprecationBannerLinksTheReplacement() {
        let html = renderer.connector(WebFixtures.connector)
        #expect(html.contains("<div class=\"banner deprecated\" role=\"note\">"))
        #expect(html.contains("Acme CRM v1 API shuts down in June."))
        #expect(html.contains("Use <a href=\"/connectors/acme/crm-next\">acme/crm-next</a> instead."))
        var current = WebFixtures.connector
        current.deprecationMessage = nil
        current.replacement = nil
        #expect(!renderer.connector(current).contains("banner deprecated"))
        current.deprecationMessage = ""
        #expect(renderer.connector(current).contains("This connector is no longer maintained."))
    }

    @Test func versionsTableStrikesYankedRows() {
        let html = renderer.connector(WebFixtures.connector)
        #expect(html.contains("<tr class=\"yanked\">"))
        #expect(
            html.contains(
                "<s>2.3.0</s> <span class=\"badge yanked\">Yanked</span><br><span class=\"yank-reason\">Leaked a debug token</span>"))
        #expect(!html.contains("<s>2.3.1</s>"))
        #expect(
            html.contains(
                "<code title=\"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\">sha256:0123456789ab</code>"))
        #expect(html.contains("<td title=\"12,800 bytes\">12.5 KiB</td>"))
        #expect(html.contains("<td title=\"900 bytes\">900 B</td>"))
        #expect(html.contains("<time datetime=\"2025-03-13T09:30:00Z\">2025-03-13</time>"))
    }

    @Test func connectorWithoutOptionalParts() {
        let bare = ConnectorPageView(
            name: "solo/tool", title: "", summary: "", readmeMarkdown: "  \n", authType: "none", categories: [],
            license: nil, homepage: "ftp://files.example", latestVersion: nil, deprecationMessage: nil,
            replacement: nil, downloads: 0, versions: [], operations: [], triggers: [])
        let html = renderer.connector(bare)
        #expect(html.contains("<h1>solo/tool</h1>"))
        #expect(html.contains("<code>junction install solo/tool</code>"))
        #expect(html.contains("This connector has no README."))
        #expect(html.contains("No versions published."))
        #expect(html.contains("No operations."))
        #expect(!html.contains("badge homepage"))
        #expect(!html.contains("badge license"))
    }

    @Test func notFoundAndErrorPages() {
        let missing = renderer.notFound(path: "/connectors/acme/nothing%20here")
        #expect(missing.contains("<h1>Page not found</h1>"))
        #expect(missing.contains("<code>/connectors/acme/nothing%20here</code>"))
        #expect(missing.contains("value=\"nothing here\""))
        let failed = renderer.error(status: 503, message: "The database is starting.")
        #expect(failed.contains("<title>503 Service Unavailable · Junction</title>"))
        #expect(failed.contains("<p>The database is starting.</p>"))
    }
}
