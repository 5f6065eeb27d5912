import Foundation

// The plain data the marketplace pages are drawn from. Route handlers fill these from the store;
// `MarketplaceRenderer` turns them into HTML. Every string in them is treated as untrusted text.

/// One connector in a list (home page sections, search results).
public struct ConnectorSummaryView: Sendable {
    /// `vendor/name`.
    public var name: String
    public var title: String
    public var summary: String
    /// The newest non-yanked version, if any.
    public var latestVersion: String?
    /// The manifest's `auth.type`: `oauth2`, `api_key`, `basic`, `bearer` or `none`.
    public var authType: String
    public var categories: [String]
    public var downloads: Int
    public var deprecated: Bool
    public var updatedAt: Date

    public init(
        name: String, title: String, summary: String, latestVersion: String?, authType: String,
        categories: [String], downloads: Int, deprecated: Bool, updatedAt: Date
    ) {
        self.name = name
        self.title = title
        self.summary = summary
        self.latestVersion = latestVersion
        self.authType = authType
        self.categories = categories
        self.downloads = downloads
        self.deprecated = deprecated
        self.updatedAt = updatedAt
    }
}

/// The home page (`/`).
public struct HomePageView: Sendable {
    /// Recently updated connectors, newest first.
    public var recent: [ConnectorSummaryView]
    /// Most downloaded connectors, most first.
    public var popular: [ConnectorSummaryView]
    /// Categories to offer as chips.
    public var categories: [String]
    public var connectorCount: Int
    public var vendorCount: Int

    public init(
        recent: [ConnectorSummaryView], popular: [ConnectorSummaryView], categories: [String],
        connectorCount: Int, vendorCount: Int
    ) {
        self.recent = recent
        self.popular = popular
        self.categories = categories
        self.connectorCount = connectorCount
        self.vendorCount = vendorCount
    }
}

/// The search page (`/search?q=&category=&auth=&page=`).
public struct SearchPageView: Sendable {
    public var query: String
    /// The category filter, nil or empty for all.
    public var category: String?
    /// The auth type filter, nil or empty for all.
    public var auth: String?
    /// 1-based.
    public var page: Int
    public var perPage: Int
    /// Matches across all pages.
    public var total: Int
    /// This page's matches.
    public var results: [ConnectorSummaryView]
    /// Choices for the category filter.
    public var categories: [String]
    /// Choices for the auth type filter.
    public var authTypes: [String]

    public init(
        query: String, category: String?, auth: String?, page: Int, perPage: Int, total: Int,
        results: [ConnectorSummaryView], categories: [String], authTypes: [String]
    ) {
        self.query = query
        self.category = category
        self.auth = auth
        self.page = page
        self.perPage = perPage
        self.total = total
        self.results = results
        self.categories = categories
        self.authTypes = authTypes
    }
}

/// One published version on a connector's page.
public struct VersionRowView: Sendable {
    public var version: String
    public var publishedAt: Date
    /// Archive size in bytes.
    public var size: Int
    /// `sha256:<hex>`.
    public var digest: String
    public var yanked: Bool
    public var yankReason: String?

    public init(
        version: String, publishedAt: Date, size: Int, digest: String, yanked: Bool, yankReason: String?
    ) {
        self.version = version
        self.publishedAt = publishedAt
        self.size = size
        self.digest = digest
        self.yanked = yanked
        self.yankReason = yankReason
    }
}

/// One operation or trigger from the manifest.
public struct OperationRowView: Sendable {
    public var key: String
    public var title: String
    public var description: String?

    public init(
        key: String, title: String, description: String?
    ) {
        self.key = key
        self.title = title
        self.description = description
    }
}

/// A connector's page (`/connectors/{vendor}/{name}`).
public struct ConnectorPageView: Sendable {
    /// `vendor/name`.
    public var name: String
    public var title: String
    public var summary: String
    /// The latest version's README.md, rendered with `MarkdownRenderer`.
    public var readmeMarkdown: String
    public var authType: String
    public var categories: [String]
    public var license: String?
    /// Shown only when it is an absolute http(s) URL.
    public var homepage: String?
    public var latestVersion: String?
    /// Non-nil when the connector is deprecated (may be empty: deprecated without a message).
    public var deprecationMessage: String?
    /// `vendor/name` of the connector to use instead.
    public var replacement: String?
    public var downloads: Int
    /// Newest first.
    public var versions: [VersionRowView]
    public var operations: [OperationRowView]
    public var triggers: [OperationRowView]

    public init(
        name: String, title: String, summary: String, readmeMarkdown: String, authType: String,
        categories: [String], license: String?, homepage: String?, latestVersion: String?,
        deprecationMessage: String?, replacement: String?, downloads: Int, versions: [VersionRowView],
        operations: [OperationRowView], triggers: [OperationRowView]
    ) {
        self.name = name
        self.title = title
        self.summary = summary
        self.readmeMarkdown = readmeMarkdown
        self.authType = authType
        self.categories = categories
        self.license = license
        self.homepage = homepage
        self.latestVersion = latestVersion
        self.deprecationMessage = deprecationMessage
        self.replacement = replacement
        self.downloads = downloads
        self.versions = versions
        self.operations = operations
        self.triggers = triggers
    }
}
