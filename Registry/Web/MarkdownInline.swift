/// Renders one block's inline Markdown — code spans, emphasis, links, autolinks, escapes — to HTML.
///
/// One left-to-right pass turns the text into nodes: escaped HTML, and delimiter runs (`*`, `_`) whose
/// final form is decided later by `processEmphasis`. Brackets are matched as they close, in the manner
/// of CommonMark's reference algorithm; a link's `[` node becomes `<a …>` and `</a>` is added at its
/// `]`, so the output stays well nested. Code span closers come from a per-length index of backtick
/// runs, so an unclosed backtick costs no rescans.
struct MarkdownInlineRenderer {
    /// A piece of output: escaped HTML, or a delimiter run rendered at the end.
    struct Node {
        var html: [UInt8] = []
        var run: Int?
        /// A bracket's node, rewritten when its link closes; text is never merged into it.
        var pinned = false
    }

    /// A run of `*` or `_`, with the tags emphasis matching attached to it.
    struct Run {
        var marker: UInt8
        var count: Int
        let originalCount: Int
        let canOpen: Bool
        let canClose: Bool
        /// Tags opened after the run's remaining characters, innermost last (`true` = strong).
        var opens: [Bool] = []
        /// Tags closed before the run's remaining characters, innermost first.
        var closes: [Bool] = []
    }

    private struct Bracket {
        var node: Int
        var position: Int
        var image: Bool
        var delimiterBase: Int
    }

    let text: [UInt8]
    let references: [String: MarkdownLinkTarget]
    var nodes: [Node] = []
    var runs: [Run] = []
    /// Runs (indices into `runs`) not yet resolved by `processEmphasis`, in source order.
    var delimiters: [Int] = []
    private var brackets: [Bracket] = []
    /// Brackets below this stack height can no longer form links (no links inside links).
    private var activeFloor = 0
    /// Open and close nodes of the anchors made so far, innermost last. An anchor inside a later
    /// link or image is blanked, leaving its text, so anchors never nest.
    private var anchors: [(open: Int, close: Int)] = []
    private var backticks: BacktickIndex
    private var destinations: DestinationScanner

    /// The HTML for `text`.
    static func render(_ text: [UInt8], references: [String: MarkdownLinkTarget]) -> [UInt8] {
        var renderer = MarkdownInlineRenderer(text: text, references: references)
        renderer.scan()
        renderer.processEmphasis(from: 0)
        return renderer.output()
    }

    private init(text: [UInt8], references: [String: MarkdownLinkTarget]) {
        self.text = text
        self.references = references
        self.backticks = BacktickIndex(text)
        self.destinations = DestinationScanner(source: text, range: 0..<text.count)
    }

    private mutating func scan() {
        var index = 0
        var textStart = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            switch byte {
            case ASCIIByte.backslash, ASCIIByte.backtick, ASCIIByte.star, ASCIIByte.underscore, ASCIIByte.openBracket,
                ASCIIByte.closeBracket,
                ASCIIByte.lessThan, ASCIIByte.bang:
                break
            default:
                index += 1
                continue
            }
            appendText(text[textStart..<index])
            switch byte {
            case ASCIIByte.backslash:
                if index + 1 < count, ASCIIByte.isPunctuation(text[index + 1]) {
                    appendText(text[(index + 1)..<(index + 2)])
                    index += 2
                } else {
                    appendHTML("\\".utf8)
                    index += 1
                }
            case ASCIIByte.backtick:
                index = codeSpan(at: index)
            case ASCIIByte.star, ASCIIByte.underscore:
                index = delimiterRun(at: index)
            case ASCIIByte.openBracket:
                openBracket(at: index, image: false)
                index += 1
            case ASCIIByte.bang:
                if index + 1 < count, text[index + 1] == ASCIIByte.openBracket {
                    openBracket(at: index, image: true)
                    index += 2
                } else {
                    appendHTML("!".utf8)
                    index += 1
                }
            case ASCIIByte.closeBracket:
                index = closeBracket(at: index)
            default:
                index = autolink(at: index)
            }
            textStart = index
        }
        appendText(text[textStart..<count])
    }

    mutating func appendHTML<Bytes: Sequence>(_ html: Bytes) where Bytes.Element == UInt8 {
        if let last = nodes.indices.last, nodes[last].run == nil, !nodes[last].pinned {
            nodes[last].html.append(contentsOf: html)
        } else {
            nodes.append(Node(html: Array(html)))
        }
    }

    private mutating func appendText(_ bytes: ArraySlice<UInt8>) {
        guard !bytes.isEmpty else { return }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count)
        HTMLEscape.append(bytes, to: &escaped)
        appendHTML(escaped)
    }

    private func runLength(at index: Int, of byte: UInt8) -> Int {
        var end = index
        while end < text.count, text[end] == byte { end += 1 }
        return end - index
    }

    /// A code span from a run of n backticks to the next run of exactly n, or the backticks as text.
    private mutating func codeSpan(at index: Int) -> Int {
        let length = runLength(at: index, of: ASCIIByte.backtick)
        guard let close = backticks.closer(after: index, length: length) else {
            appendHTML(repeatElement(ASCIIByte.backtick, count: length))
            return index + length
        }
        var content = Array(text[(index + length)..<close])
        for offset in content.indices where content[offset] == ASCIIByte.newline { content[offset] = ASCIIByte.space }
        if content.count >= 2, content.first == ASCIIByte.space, content.last == ASCIIByte.space,
            content.contains(where: { $0 != ASCIIByte.space })
        {
            content = Array(content.dropFirst().dropLast())
        }
        appendHTML("<code>".utf8)
        appendText(content[...])
        appendHTML("</code>".utf8)
        return close + length
    }

    /// A run of `*` or `_`, classified as opener and/or closer by the flanking rules.
    private mutating func delimiterRun(at index: Int) -> Int {
        let marker = text[index]
        let length = runLength(at: index, of: marker)
        let before: UInt8 = index > 0 ? text[index - 1] : ASCIIByte.newline
        let after: UInt8 = index + length < text.count ? text[index + length] : ASCIIByte.newline
        let spaceBefore = ASCIIByte.isWhitespace(before)
        let spaceAfter = ASCIIByte.isWhitespace(after)
        let punctuationBefore = ASCIIByte.isPunctuation(before)
        let punctuationAfter = ASCIIByte.isPunctuation(after)
        let leftFlanking = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore)
        let rightFlanking = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter)
        let canOpen: Bool
        let canClose: Bool
        if marker == ASCIIByte.star {
            canOpen = leftFlanking
            canClose = rightFlanking
        } else {
            canOpen = leftFlanking && (!rightFlanking || punctuationBefore)
            canClose = rightFlanking && (!leftFlanking || punctuationAfter)
        }
        nodes.append(Node(run: runs.count))
        if canOpen || canClose { delimiters.append(runs.count) }
        runs.append(Run(marker: marker, count: length, originalCount: length, canOpen: canOpen, canClose: canClose))
        return index + length
    }

    private mutating func openBracket(at index: Int, image: Bool) {
        nodes.append(Node(html: Array((image ? "![" : "[").utf8), pinned: true))
        brackets.append(Bracket(node: nodes.count - 1, position: index, image: image, delimiterBase: delimiters.count))
    }

    /// Closes the innermost open bracket: a link when an inline destination or a known reference
    /// follows, otherwise a literal `]`.
    private mutating func closeBracket(at index: Int) -> Int {
        guard let bracket = brackets.popLast() else {
            appendHTML("]".utf8)
            return index + 1
        }
        let active = brackets.count >= activeFloor
        activeFloor = min(activeFloor, brackets.count)
        guard active, let (target, end) = linkTarget(bracket: bracket, close: index) else {
            appendHTML("]".utf8)
            return index + 1
        }
        processEmphasis(from: bracket.delimiterBase)
        delimiters.removeSubrange(bracket.delimiterBase...)
        let isEmpty = nodes.count == bracket.node + 1
        if let href = SafeURL.href(target.url) {
            var open = Array("<a href=\"".utf8)
            HTMLEscape.append(href.utf8, to: &open)
            if let title = target.title {
                open.append(contentsOf: "\" title=\"".utf8)
                HTMLEscape.append(title.utf8, to: &open)
            }
            open.append(contentsOf: (bracket.image ? "\" class=\"md-image" : "").utf8)
            open.append(contentsOf: "\" rel=\"nofollow ugc noopener\">".utf8)
            while let inner = anchors.last, inner.open > bracket.node {
                nodes[inner.open].html = []
                nodes[inner.close].html = []
                anchors.removeLast()
            }
            nodes[bracket.node].html = open
            if isEmpty { appendHTML((bracket.image ? "image" : "link").utf8) }
            nodes.append(Node(html: Array("</a>".utf8), pinned: true))
            anchors.append((bracket.node, nodes.count - 1))
        } else {
            nodes[bracket.node].html = []
        }
        if !bracket.image { activeFloor = brackets.count }
        return end
    }

    private mutating func linkTarget(bracket: Bracket, close: Int) -> (MarkdownLinkTarget, Int)? {
        if close + 1 < text.count, text[close + 1] == ASCIIByte.openParen,
            let found = destinations.destinationAndTitle(from: close + 2, requireClose: true)
        {
            return found
        }
        guard !references.isEmpty else { return nil }
        let labelStart = bracket.position + (bracket.image ? 2 : 1)
        var label = labelStart..<close
        var end = close + 1
        if end < text.count, text[end] == ASCIIByte.openBracket {
            var cursor = end + 1
            while cursor < text.count, text[cursor] != ASCIIByte.closeBracket, text[cursor] != ASCIIByte.openBracket,
                cursor - end <= MarkdownLinks.maxLabelLength
            {
                cursor += 1
            }
            guard cursor < text.count, text[cursor] == ASCIIByte.closeBracket else { return nil }
            if cursor > end + 1 { label = (end + 1)..<cursor }
            end = cursor + 1
        }
        guard label.count <= MarkdownLinks.maxLabelLength,
            let target = references[MarkdownLinks.normalizeLabel(text[label])]
        else { return nil }
        return (target, end)
    }

    /// `<https://…>`, `<mailto:…>` or `<name@example.com>` as a link; any other `<` is escaped text.
    private mutating func autolink(at index: Int) -> Int {
        var cursor = index + 1
        while cursor < text.count, cursor - index <= 2048, text[cursor] != ASCIIByte.greaterThan,
            text[cursor] != ASCIIByte.lessThan, !ASCIIByte.isWhitespace(text[cursor]), !ASCIIByte.isControl(text[cursor])
        {
            cursor += 1
        }
        guard cursor < text.count, text[cursor] == ASCIIByte.greaterThan, cursor > index + 1 else {
            appendHTML("&lt;".utf8)
            return index + 1
        }
        let content = String(decoding: text[(index + 1)..<cursor], as: UTF8.self)
        let lower = content.lowercased()
        let href: String
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") {
            href = content
        } else if content.contains("@"), !content.contains(":"), content.split(separator: "@").count == 2 {
            href = "mailto:" + content
        } else {
            appendHTML("&lt;".utf8)
            return index + 1
        }
        var open = Array("<a href=\"".utf8)
        HTMLEscape.append(href.utf8, to: &open)
        open.append(contentsOf: "\" rel=\"nofollow ugc noopener\">".utf8)
        nodes.append(Node(html: open, pinned: true))
        let openNode = nodes.count - 1
        appendText(text[(index + 1)..<cursor])
        nodes.append(Node(html: Array("</a>".utf8), pinned: true))
        anchors.append((openNode, nodes.count - 1))
        return cursor + 1
    }
}
