/// Where a Markdown link points, before the URL safety check.
struct MarkdownLinkTarget: Sendable, Equatable {
    var url: String
    var title: String?
}

/// Parsing of link destinations, titles and reference definitions.
enum MarkdownLinks {
    /// Longest label a reference link may use (CommonMark's limit).
    static let maxLabelLength = 999
    /// Longest link title looked for; bounds the scan for an unclosed quote.
    static let maxTitleLength = 1024

    /// A label compared case-insensitively with inner whitespace collapsed.
    static func normalizeLabel<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }

    /// The text of `bytes` with backslash escapes before ASCII punctuation removed.
    static func unescape<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaped = false
        for byte in bytes {
            if !escaped && byte == ASCIIByte.backslash {
                escaped = true
                continue
            }
            if escaped && !ASCIIByte.isPunctuation(byte) { out.append(ASCIIByte.backslash) }
            escaped = false
            out.append(byte)
        }
        if escaped { out.append(ASCIIByte.backslash) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `[label]: destination "optional title"` on one line, indented at most three spaces.
    static func referenceDefinition(_ source: [UInt8], _ line: MarkdownLine) -> (String, MarkdownLinkTarget)? {
        var index = line.lowerBound
        while index < line.upperBound, source[index] == ASCIIByte.space, index - line.lowerBound < 3 { index += 1 }
        guard index < line.upperBound, source[index] == ASCIIByte.openBracket else { return nil }
        let labelStart = index + 1
        var cursor = labelStart
        while cursor < line.upperBound, source[cursor] != ASCIIByte.closeBracket {
            if source[cursor] == ASCIIByte.openBracket || cursor - labelStart >= maxLabelLength { return nil }
            cursor += source[cursor] == ASCIIByte.backslash ? 2 : 1
        }
        guard cursor + 1 < line.upperBound, source[cursor + 1] == ASCIIByte.colon else { return nil }
        let label = normalizeLabel(source[labelStart..<cursor])
        guard !label.isEmpty else { return nil }
        var scanner = DestinationScanner(source: source, range: (cursor + 2)..<line.upperBound)
        guard let (target, end) = scanner.destinationAndTitle(from: cursor + 2, requireClose: false),
            source[end..<line.upperBound].allSatisfy({ $0 == ASCIIByte.space || $0 == ASCIIByte.tab })
        else { return nil }
        return (label, target)
    }
}

/// Reads `destination "title")` after a link's `](`, or after a definition's `]:`.
///
/// Link destinations end at whitespace or at an unbalanced `)`; one level of balanced parentheses is
/// allowed (`https://en.wikipedia.org/wiki/Swift_(language)`). Positions of the next `(`, `)` and
/// whitespace are precomputed once per block, so each attempt costs O(1) besides the bounded title
/// scan, and a paragraph of thousands of `[a](` stays linear.
struct DestinationScanner {
    let source: [UInt8]
    /// First byte the indexes cover.
    let base: Int
    let end: Int
    private var nextOpen: [Int] = []
    private var nextClose: [Int] = []
    private var nextSpace: [Int] = []

    /// A scanner over `source[range]`; scans start inside it and never read past its end.
    init(source: [UInt8], range: Range<Int>) {
        self.source = source
        self.base = range.lowerBound
        self.end = range.upperBound
    }

    /// Builds the next-`(`, next-`)` and next-whitespace tables on first use.
    private mutating func buildIndexes() {
        guard nextSpace.isEmpty else { return }
        nextOpen = Array(repeating: end, count: end - base + 2)
        nextClose = nextOpen
        nextSpace = nextOpen
        var index = end - 1
        while index >= base {
            let byte = source[index]
            let slot = index - base
            nextOpen[slot] = byte == ASCIIByte.openParen ? index : nextOpen[slot + 1]
            nextClose[slot] = byte == ASCIIByte.closeParen ? index : nextClose[slot + 1]
            nextSpace[slot] = ASCIIByte.isWhitespace(byte) || ASCIIByte.isControl(byte) ? index : nextSpace[slot + 1]
            index -= 1
        }
    }

    private func skipSpaces(_ start: Int) -> Int {
        var index = start
        var newlines = 0
        while index < end, ASCIIByte.isWhitespace(source[index]) {
            if source[index] == ASCIIByte.newline {
                newlines += 1
                if newlines > 1 { break }
            }
            index += 1
        }
        return index
    }

    /// The target and the index after it (after the closing `)` when `requireClose`). Strings are
    /// built only once the whole form has matched, so a failed attempt costs no copying.
    mutating func destinationAndTitle(from start: Int, requireClose: Bool) -> (MarkdownLinkTarget, Int)? {
        var index = skipSpaces(start)
        var urlRange = index..<index
        if index < end, source[index] == ASCIIByte.lessThan {
            var cursor = index + 1
            while cursor < end, source[cursor] != ASCIIByte.greaterThan {
                if source[cursor] == ASCIIByte.newline || source[cursor] == ASCIIByte.lessThan { return nil }
                cursor += 1
            }
            guard cursor < end else { return nil }
            urlRange = (index + 1)..<cursor
            index = cursor + 1
        } else if !(requireClose && index < end && source[index] == ASCIIByte.closeParen) {
            buildIndexes()
            let slot = index - base
            var stop = min(nextClose[slot], nextSpace[slot])
            if nextOpen[slot] < stop, stop < end, source[stop] == ASCIIByte.closeParen {
                stop = min(nextClose[stop + 1 - base], nextSpace[slot])
            }
            guard stop > index else { return nil }
            urlRange = index..<stop
            index = stop
        }
        var titleRange: Range<Int>?
        let afterSpaces = skipSpaces(index)
        if afterSpaces > index, afterSpaces < end, let (range, after) = title(at: afterSpaces) {
            titleRange = range
            index = after
        }
        index = skipSpaces(index)
        if requireClose {
            guard index < end, source[index] == ASCIIByte.closeParen else { return nil }
            index += 1
        }
        let url = MarkdownLinks.unescape(source[urlRange])
        let title = titleRange.map { MarkdownLinks.unescape(source[$0]) }
        return (MarkdownLinkTarget(url: url, title: title), index)
    }

    /// `"title"`, `'title'` or `(title)`, scanning at most `maxTitleLength` bytes.
    private func title(at start: Int) -> (Range<Int>, Int)? {
        let open = source[start]
        let close: UInt8
        switch open {
        case ASCIIByte.doubleQuote, ASCIIByte.singleQuote: close = open
        case ASCIIByte.openParen: close = ASCIIByte.closeParen
        default: return nil
        }
        var index = start + 1
        while index < end, index - start <= MarkdownLinks.maxTitleLength {
            if source[index] == ASCIIByte.backslash {
                index += 2
                continue
            }
            if source[index] == close {
                return ((start + 1)..<index, index + 1)
            }
            index += 1
        }
        return nil
    }
}
