/// Writes block-level HTML for Markdown lines; inline content goes through `MarkdownInlineRenderer`.
///
/// Containers (blockquotes, list items) are parsed by collecting their lines with the container's
/// prefix stripped and rendering those recursively, one level deeper. Past `maxNesting` levels a
/// container's content becomes a plain paragraph, which bounds the work to `maxNesting` passes.
struct MarkdownBlockRenderer {
    let source: [UInt8]
    let references: [String: MarkdownLinkTarget]
    let headingOffset: Int
    let maxNesting: Int
    /// The HTML written so far.
    var out: [UInt8] = []

    init(source: [UInt8], references: [String: MarkdownLinkTarget], headingOffset: Int, maxNesting: Int) {
        self.source = source
        self.references = references
        self.headingOffset = headingOffset
        self.maxNesting = maxNesting
        out.reserveCapacity(source.count + source.count / 4)
    }

    var scan: MarkdownLineScanner { MarkdownLineScanner(source: source) }

    /// Renders `lines` as a sequence of blocks. In a `tight` list item, paragraphs get no `<p>`.
    mutating func render(_ lines: [MarkdownLine], depth: Int, tight: Bool) {
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if scan.isBlank(line) {
                index += 1
            } else if scan.indent(line) >= 4 {
                index = indentedCode(lines, from: index)
            } else if let fence = scan.fenceOpening(line) {
                index = fencedCode(lines, from: index, fence: fence)
            } else if let heading = scan.atxHeading(line) {
                self.heading(level: heading.level, [heading.content])
                index += 1
            } else if scan.isThematicBreak(line) {
                emit("<hr>\n")
                index += 1
            } else if scan.isBlockquote(line) {
                index = blockquote(lines, from: index, depth: depth)
            } else if let marker = scan.listMarker(line) {
                index = list(lines, from: index, first: marker, depth: depth)
            } else {
                index = paragraph(lines, from: index, tight: tight)
            }
        }
    }

    mutating func emit(_ text: String) { out.append(contentsOf: text.utf8) }

    /// Inline-rendered `lines` (each trimmed), joined with line breaks.
    mutating func inline(_ lines: [MarkdownLine]) {
        var text: [UInt8] = []
        for (offset, line) in lines.enumerated() {
            if offset > 0 { text.append(ASCIIByte.newline) }
            text.append(contentsOf: source[scan.trimmed(line)])
        }
        out.append(contentsOf: MarkdownInlineRenderer.render(text, references: references))
    }

    /// Consecutive non-blank lines, ended by a blank line or a block that may interrupt a paragraph;
    /// a setext underline turns them into a heading.
    private mutating func paragraph(_ lines: [MarkdownLine], from start: Int, tight: Bool) -> Int {
        var index = start + 1
        while index < lines.count {
            let line = lines[index]
            if scan.isBlank(line) { break }
            if let level = scan.setextLevel(line) {
                heading(level: level, Array(lines[start..<index]))
                return index + 1
            }
            if scan.interruptsParagraph(line) { break }
            index += 1
        }
        if !tight { emit("<p>") }
        inline(Array(lines[start..<index]))
        emit(tight ? "\n" : "</p>\n")
        return index
    }

    /// Content of a container nested too deep: one plain paragraph.
    mutating func plainParagraph(_ lines: [MarkdownLine], tight: Bool) {
        let content = lines.filter { !scan.isBlank($0) }
        guard !content.isEmpty else { return }
        if !tight { emit("<p>") }
        inline(content)
        emit(tight ? "\n" : "</p>\n")
    }

    private mutating func heading(level: Int, _ content: [MarkdownLine]) {
        let shown = min(6, level + headingOffset)
        emit("<h\(shown)>")
        inline(content)
        emit("</h\(shown)>\n")
    }

    private mutating func fencedCode(
        _ lines: [MarkdownLine], from start: Int, fence: MarkdownLineScanner.FenceOpening
    ) -> Int {
        if let language = fence.language {
            emit("<pre><code class=\"language-")
            HTMLEscape.append(language.utf8, to: &out)
            emit("\">")
        } else {
            emit("<pre><code>")
        }
        var index = start + 1
        while index < lines.count {
            let line = lines[index]
            index += 1
            if scan.isFenceClose(line, marker: fence.marker, length: fence.length) { break }
            HTMLEscape.append(source[scan.dropIndent(line, fence.indent)], to: &out)
            out.append(ASCIIByte.newline)
        }
        emit("</code></pre>\n")
        return index
    }

    private mutating func indentedCode(_ lines: [MarkdownLine], from start: Int) -> Int {
        var end = start
        var lastContent = start
        while end < lines.count, scan.isBlank(lines[end]) || scan.indent(lines[end]) >= 4 {
            if !scan.isBlank(lines[end]) { lastContent = end }
            end += 1
        }
        emit("<pre><code>")
        for line in lines[start...lastContent] {
            HTMLEscape.append(source[scan.dropIndent(line, 4)], to: &out)
            out.append(ASCIIByte.newline)
        }
        emit("</code></pre>\n")
        return lastContent + 1
    }

    /// Lines starting with `>` (one optional space after it is dropped), plus lazy continuation lines.
    private mutating func blockquote(_ lines: [MarkdownLine], from start: Int, depth: Int) -> Int {
        var inner: [MarkdownLine] = []
        var index = start
        while index < lines.count {
            let line = lines[index]
            if scan.isBlockquote(line) {
                var content = line.lowerBound + scan.indent(line) + 1
                if content < line.upperBound, source[content] == ASCIIByte.space { content += 1 }
                inner.append(content..<line.upperBound)
            } else if !scan.isBlank(line), let last = inner.last, !scan.isBlank(last),
                !scan.interruptsParagraph(line), scan.listMarker(line) == nil
            {
                inner.append(line)
            } else {
                break
            }
            index += 1
        }
        emit("<blockquote>\n")
        if depth + 1 > maxNesting {
            plainParagraph(inner, tight: false)
        } else {
            render(inner, depth: depth + 1, tight: false)
        }
        emit("</blockquote>\n")
        return index
    }
}
