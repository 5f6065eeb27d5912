import Foundation

@testable import Registry

/// Realistic view models for the marketplace page tests.
enum WebFixtures {
    static let march = Date(timeIntervalSince1970: 1_741_944_600)  // 2025-03-14T09:30:00Z

    static func summary(
        _ name: String, title: String, auth: String = "oauth2", downloads: Int = 1_234, deprecated: Bool = false
    ) -> ConnectorSummaryView {
        ConnectorSummaryView(
            name: name, title: title, summary: "Sync contacts, deals and notes with \(title).", latestVersion: "1.4.2",
            authType: auth, categories: ["CRM", "Sales"], downloads: downloads, deprecated: deprecated,
            updatedAt: march)
    }

    static let home = HomePageView(
        recent: [summary("acme/crm", title: "Acme CRM"), summary("globex/mail", title: "Globex Mail", auth: "api_key")],
        popular: [summary("initech/tps", title: "Initech TPS", auth: "basic", downloads: 98_765)],
        categories: ["CRM", "Marketing & Email", "Dev Tools"],
        connectorCount: 42, vendorCount: 7)

    static func search(page: Int = 2, total: Int = 57, results: [ConnectorSummaryView]? = nil) -> SearchPageView {
        SearchPageView(
            query: "crm & co", category: "CRM", auth: "oauth2", page: page, perPage: 20, total: total,
            results: results ?? (0..<20).map { summary("vendor\($0)/crm", title: "CRM \($0)") },
            categories: ["CRM", "Marketing & Email"], authTypes: ["oauth2", "api_key", "none"])
    }

    static let connector = ConnectorPageView(
        name: "acme/crm", title: "Acme CRM", summary: "Contacts and deals from Acme.",
        readmeMarkdown: """
            # Acme CRM

            Connects to **Acme**. See [the docs](https://docs.acme.example/crm).

            - list contacts
            - create deals
            """,
        authType: "oauth2", categories: ["CRM", "Sales"], license: "Apache-2.0",
        homepage: "https://acme.example", latestVersion: "2.3.1",
        deprecationMessage: "Acme CRM v1 API shuts down in June.", replacement: "acme/crm-next",
        downloads: 12_345,
        versions: [
            VersionRowView(
                version: "2.3.1", publishedAt: march, size: 12_800,
                digest: "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                yanked: false, yankReason: nil),
            VersionRowView(
                version: "2.3.0", publishedAt: march.addingTimeInterval(-86_400), size: 900,
                digest: "sha256:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210",
                yanked: true, yankReason: "Leaked a debug token"),
        ],
        operations: [
            OperationRowView(key: "list_contacts", title: "List contacts", description: "Every contact, paged."),
            OperationRowView(key: "create_deal", title: "Create a deal", description: nil),
        ],
        triggers: [OperationRowView(key: "new_contact", title: "New contact", description: "Polls every 5 minutes.")])
}
