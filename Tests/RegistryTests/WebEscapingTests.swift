import Foundation
import Testing

@testable import Registry

/// Hostile text in any view-model field comes out inert on every page.
@Suite struct WebEscapingTests {
    static let script = "<script>alert(1)</script>"
    static let breakout = "\"><img src=x onerror=alert(1)>"
    static let hostile = script + " " + breakout + " [x](javascript:alert(1)) '"

    let renderer: MarketplaceRenderer

    init() throws { renderer = try MarketplaceRenderer() }

    /// No markup from the input survives: no tags, no event handler attributes, no script URLs.
    func expectInert(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!html.contains("<script"), sourceLocation: sourceLocation)
        #expect(!html.contains("<img"), sourceLocation: sourceLocation)
        #expect(!html.contains(Self.breakout), sourceLocation: sourceLocation)
        #expect(!html.lowercased().contains("href=\"javascript"), sourceLocation: sourceLocation)
        #expect(!html.lowercased().contains("href=\"data:"), sourceLocation: sourceLocation)
        #expect(!html.contains(" onerror=alert(1)>"), sourceLocation: sourceLocation)
    }

    func hostileSummary() -> ConnectorSummaryView {
        ConnectorSummaryView(
            name: "evil/\(Self.breakout)", title: Self.hostile, summary: Self.hostile, latestVersion: Self.breakout,
            authType: Self.breakout, categories: [Self.breakout], downloads: 1, deprecated: true,
            updatedAt: WebFixtures.march)
    }

    @Test func homePage() {
        let html = renderer.home(
            HomePageView(
                recent: [hostileSummary()], popular: [hostileSummary()], categories: [Self.breakout, Self.script],
                connectorCount: 1, vendorCount: 1))
        expectInert(html)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("href=\"/search?category=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E\""))
        #expect(html.contains("href=\"/connectors/evil/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E\""))
        #expect(html.contains("class=\"badge auth auth-imgsrcxonerroralert1\""))
    }

    @Test func searchPage() {
        let html = renderer.search(
            SearchPageView(
                query: Self.hostile, category: Self.breakout, auth: Self.script, page: 2, perPage: 1, total: 3,
                results: [hostileSummary()], categories: [Self.script], authTypes: [Self.breakout]))
        expectInert(html)
        #expect(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img"))
        #expect(html.contains("page=3"))
        #expect(html.contains("q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E%20%22%3E%3Cimg"))
    }

    @Test func connectorPage() {
        let page = ConnectorPageView(
            name: "evil/\(Self.script)", title: Self.hostile, summary: Self.hostile,
            readmeMarkdown: """
                # \(Self.script)

                \(Self.breakout)

                [x](javascript:alert(1)) [y](  JAVASCRIPT:alert(1)) [z](data:text/html,\(Self.script)) <javascript:alert(1)>

                ![pic](javascript:alert(1)) [ok](https://example.com/?q="><b>)

                ```html\">\(Self.script)
                \(Self.script)
                ```

                <iframe src="https://evil.example"></iframe>
                """,
            authType: Self.breakout, categories: [Self.script], license: Self.breakout,
            homepage: "javascript:alert(1)//https://x", latestVersion: Self.breakout,
            deprecationMessage: Self.hostile, replacement: "javascript:alert(1)", downloads: 1,
            versions: [
                VersionRowView(
                    version: Self.script, publishedAt: WebFixtures.march, size: 1, digest: Self.breakout, yanked: true,
                    yankReason: Self.hostile)
            ],
            operations: [OperationRowView(key: Self.script, title: Self.breakout, description: Self.hostile)],
            triggers: [OperationRowView(key: Self.breakout, title: Self.script, description: nil)])
        let html = renderer.connector(page)
        expectInert(html)
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("badge homepage"))
        #expect(html.contains("Use javascript:alert(1) instead."))
        #expect(html.contains("<a href=\"https://example.com/?q=&quot;&gt;&lt;b&gt;\" rel=\"nofollow ugc noopener\">ok</a>"))
        #expect(html.contains("<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>"))
        #expect(html.contains("<p>x y z &lt;javascript:alert(1)&gt;</p>"))
        #expect(html.contains("<p>pic"))
    }

    @Test func replacementWithPathTricksStaysInsideTheSite() {
        var page = WebFixtures.connector
        page.replacement = "../../admin/x?y=\(Self.breakout)"
        let html = renderer.connector(page)
        expectInert(html)
        #expect(!html.contains("href=\"/connectors/../"))
        page.replacement = "acme/x y@^2"
        #expect(renderer.connector(page).contains("<a href=\"/connectors/acme/x%20y\">acme/x y@^2</a>"))
    }

    @Test func statusPages() {
        expectInert(renderer.notFound(path: "/\(Self.hostile)"))
        expectInert(renderer.notFound(path: "/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E"))
        expectInert(renderer.error(status: 400, message: Self.hostile))
        #expect(renderer.error(status: 400, message: Self.script).contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"))
    }

    @Test func helpers() {
        #expect(QueryString.encode("a b&c=d/é") == "a%20b%26c%3Dd%2F%C3%A9")
        #expect(QueryString.search(query: "x", page: 1) == "/search?q=x")
        #expect(QueryString.connectorPath("a/b/c") == nil)
        #expect(QueryString.connectorPath("/b") == nil)
        #expect(SafeURL.href("HTTPS://x.example") == "HTTPS://x.example")
        #expect(SafeURL.href("java\tscript:alert(1)") == nil)
        #expect(SafeURL.href("/relative?q=a:b") == "/relative?q=a:b")
        #expect(SafeURL.href("mailto:a@b.example") == "mailto:a@b.example")
        #expect(SafeURL.absoluteHTTP("https:relative") == nil)
        #expect(SafeURL.absoluteHTTP("//evil.example") == nil)
        #expect(WebFormat.installCommand(name: "a/b", latestVersion: "2.0.0-beta.1") == "junction install a/b@2.0.0-beta.1")
        #expect(WebFormat.installCommand(name: "a/b", latestVersion: "0.3.9+build.5") == "junction install a/b@^0.3")
        #expect(WebFormat.count(-1_234_567) == "-1,234,567")
        #expect(WebFormat.bytes(5 * 1_048_576) == "5.0 MiB")
    }
}
