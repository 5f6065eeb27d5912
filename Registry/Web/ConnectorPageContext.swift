extension ConnectorPageView {
    /// The context for `connector.mustache`; the README is rendered with `markdown`.
    func templateContext(markdown: MarkdownRenderer) -> TemplateContext {
        let deprecated = deprecationMessage != nil || WebContexts.nonEmpty(replacement) != nil
        let replacement = WebContexts.nonEmpty(replacement)
        // A replacement may name a version (`acme/crm@^2`); the link goes to the connector.
        let replacementPath = replacement.flatMap {
            QueryString.connectorPath(String($0.split(separator: "@", maxSplits: 1).first ?? ""))
        }
        let license = WebContexts.nonEmpty(license)
        let homepage = homepage.flatMap(SafeURL.absoluteHTTP)
        let latest = WebContexts.nonEmpty(latestVersion)
        let readme = readmeMarkdown.trimmingASCIIWhitespace().isEmpty ? "" : markdown.render(readmeMarkdown)
        return [
            "name": name,
            "title": WebContexts.nonEmpty(title) ?? name,
            "summary": summary,
            "hasSummary": WebContexts.nonEmpty(summary) != nil,
            "authLabel": WebFormat.authLabel(authType),
            "authClass": WebFormat.cssToken(authType),
            "authHref": QueryString.search(auth: authType),
            "categories": WebContexts.distinct(categories).map(WebContexts.categoryChip),
            "license": license ?? "",
            "hasLicense": license != nil,
            "homepageHref": homepage ?? "",
            "hasHomepage": homepage != nil,
            "latestVersion": latest ?? "",
            "hasLatestVersion": latest != nil,
            "deprecated": deprecated,
            "deprecationText": WebContexts.nonEmpty(deprecationMessage) ?? "This connector is no longer maintained.",
            "replacement": replacement ?? "",
            "hasReplacement": replacement != nil,
            "replacementHref": replacementPath ?? "",
            "hasReplacementLink": replacementPath != nil,
            "installCommand": WebFormat.installCommand(name: name, latestVersion: latest),
            "downloadsText": WebFormat.count(downloads),
            "readmeHTML": readme,
            "hasReadme": !readme.isEmpty,
            "versions": versions.map(Self.versionRow),
            "hasVersions": !versions.isEmpty,
            "versionCountText": WebFormat.count(versions.count),
            "operations": operations.map(Self.operationRow),
            "hasOperations": !operations.isEmpty,
            "triggers": triggers.map(Self.operationRow),
            "hasTriggers": !triggers.isEmpty,
        ]
    }

    private static func versionRow(_ row: VersionRowView) -> TemplateContext {
        let reason = WebContexts.nonEmpty(row.yankReason)
        return [
            "version": row.version,
            "publishedText": WebFormat.day(row.publishedAt),
            "publishedISO": WebFormat.timestamp(row.publishedAt),
            "sizeText": WebFormat.bytes(row.size),
            "sizeExact": WebFormat.counted(row.size, "byte"),
            "digest": row.digest,
            "digestShort": WebFormat.shortDigest(row.digest),
            "yanked": row.yanked,
            "yankReason": reason ?? "",
            "hasYankReason": row.yanked && reason != nil,
        ]
    }

    private static func operationRow(_ row: OperationRowView) -> TemplateContext {
        let description = WebContexts.nonEmpty(row.description)
        return [
            "key": row.key,
            "title": WebContexts.nonEmpty(row.title) ?? row.key,
            "description": description ?? "",
            "hasDescription": description != nil,
        ]
    }
}
