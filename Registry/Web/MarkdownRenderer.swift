/// Renders the safe Markdown subset the marketplace shows READMEs with.
///
/// Supported: ATX (`#`) and setext headings, paragraphs, `*`/`_` emphasis and strong emphasis, code
/// spans, fenced (``` and ~~~, with a language) and indented code blocks, bullet and numbered lists
/// (nested), blockquotes, horizontal rules, inline links, reference links, `<https://…>` autolinks,
/// and images, which become plain links so no remote image is ever loaded.
///
/// Safety: raw HTML is never passed through — every `<`, `>`, `&`, `"` and `'` in the input is escaped;
/// link targets must be `http`, `https`, `mailto` or relative (others render as plain text); all
/// links get `rel="nofollow ugc noopener"`. Work is linear in the input: code spans and link
/// destinations are found through precomputed indexes, emphasis uses a delimiter stack with bottoms
/// (as CommonMark does), nesting deeper than `maxNesting` renders as plain paragraphs, and input
/// past `maxInputBytes` is dropped.
public struct MarkdownRenderer: Sendable {
    /// Added to every heading level (capped at 6), so a README's `#` can sit below the page's `<h1>`.
    public var headingOffset: Int
    /// Blockquotes and lists nested deeper than this render their content as a plain paragraph.
    public var maxNesting: Int
    /// Input beyond this many UTF-8 bytes is dropped (a package file is at most 1 MiB).
    public var maxInputBytes: Int

    public init(headingOffset: Int = 0, maxNesting: Int = 8, maxInputBytes: Int = 1 << 20) {
        self.headingOffset = max(0, min(headingOffset, 5))
        self.maxNesting = max(1, maxNesting)
        self.maxInputBytes = max(0, maxInputBytes)
    }

    /// The HTML for `markdown`: a sequence of block elements, safe to embed in a page as is.
    public func render(_ markdown: String) -> String {
        let source = MarkdownSource(markdown, maxBytes: maxInputBytes)
        var blocks = MarkdownBlockRenderer(
            source: source.bytes, references: source.references, headingOffset: headingOffset, maxNesting: maxNesting)
        blocks.render(source.lines, depth: 0, tight: false)
        return String(decoding: blocks.out, as: UTF8.self)
    }
}

/// A line of the source: a range of byte offsets into `MarkdownSource.bytes`, without its line break.
typealias MarkdownLine = Range<Int>

/// The input prepared for block parsing: UTF-8 bytes with uniform line breaks, NUL replaced, leading
/// tabs expanded to spaces (tab stops of 4), split into lines, and link reference definitions
/// (`[label]: url "title"`) taken out into `references`.
struct MarkdownSource {
    private(set) var bytes: [UInt8] = []
    private(set) var lines: [MarkdownLine] = []
    private(set) var references: [String: MarkdownLinkTarget] = [:]

    init(_ text: String, maxBytes: Int) {
        bytes.reserveCapacity(min(text.utf8.count, maxBytes) + 16)
        var lineStart = 0
        var atLineStart = true
        var column = 0
        var previousWasCR = false
        for byte in text.utf8.prefix(maxBytes) {
            if byte == ASCIIByte.newline && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = byte == ASCIIByte.carriageReturn
            if byte == ASCIIByte.newline || byte == ASCIIByte.carriageReturn {
                lines.append(lineStart..<bytes.count)
                bytes.append(ASCIIByte.newline)
                lineStart = bytes.count
                atLineStart = true
                column = 0
                continue
            }
            if atLineStart && byte == ASCIIByte.tab {
                let width = 4 - column % 4
                bytes.append(contentsOf: repeatElement(ASCIIByte.space, count: width))
                column += width
                continue
            }
            if byte != ASCIIByte.space { atLineStart = false }
            column += 1
            if byte == 0 {
                bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD
            } else {
                bytes.append(byte)
            }
        }
        if lineStart < bytes.count { lines.append(lineStart..<bytes.count) }
        extractReferenceDefinitions()
    }

    /// Removes top-level `[label]: destination "title"` lines that start a block (after a blank line,
    /// a heading or another definition, outside fenced code) and records them; the first definition
    /// of a label wins.
    private mutating func extractReferenceDefinitions() {
        var kept: [MarkdownLine] = []
        kept.reserveCapacity(lines.count)
        var fence: (marker: UInt8, length: Int)?
        var mayStartBlock = true
        for line in lines {
            let scan = MarkdownLineScanner(source: bytes)
            if let open = fence {
                if scan.isFenceClose(line, marker: open.marker, length: open.length) { fence = nil }
                kept.append(line)
                continue
            }
            if let opening = scan.fenceOpening(line) {
                fence = (opening.marker, opening.length)
                kept.append(line)
                mayStartBlock = false
                continue
            }
            if mayStartBlock, let (label, target) = MarkdownLinks.referenceDefinition(bytes, line) {
                if references[label] == nil { references[label] = target }
                continue
            }
            mayStartBlock = scan.isBlank(line) || scan.atxHeading(line) != nil
            kept.append(line)
        }
        lines = kept
    }
}
