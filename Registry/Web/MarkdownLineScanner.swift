/// Classifies single Markdown lines: blank, indentation, fences, headings, rules, list markers.
/// Every check looks at one line once, so classification is linear in the line's length.
struct MarkdownLineScanner {
    let source: [UInt8]

    /// A code fence's opening line.
    struct FenceOpening {
        var marker: UInt8
        var length: Int
        var indent: Int
        /// The info string's first word (the language), kept only if it is plain `[A-Za-z0-9_+#.-]`.
        var language: String?
    }

    /// A list item's marker.
    struct ListMarker {
        var ordered: Bool
        /// `-`, `*`, `+` for bullets; `.` or `)` for numbered items.
        var symbol: UInt8
        var start: Int
        /// Columns before the marker.
        var markerIndent: Int
        /// Columns from the line start to the item's content.
        var contentIndent: Int
        /// The first line's content, after the marker and its spacing.
        var content: MarkdownLine
        var isEmpty: Bool { content.isEmpty }
    }

    func isBlank(_ line: MarkdownLine) -> Bool {
        source[line].allSatisfy { $0 == ASCIIByte.space || $0 == ASCIIByte.tab }
    }

    /// Leading spaces (tabs were expanded at the start of lines).
    func indent(_ line: MarkdownLine) -> Int {
        var index = line.lowerBound
        while index < line.upperBound, source[index] == ASCIIByte.space { index += 1 }
        return index - line.lowerBound
    }

    /// The line without up to `columns` leading spaces.
    func dropIndent(_ line: MarkdownLine, _ columns: Int) -> MarkdownLine {
        (line.lowerBound + min(columns, indent(line)))..<line.upperBound
    }

    /// The line without leading and trailing spaces and tabs.
    func trimmed(_ line: MarkdownLine) -> MarkdownLine {
        var start = line.lowerBound
        var end = line.upperBound
        while start < end, source[start] == ASCIIByte.space || source[start] == ASCIIByte.tab { start += 1 }
        while end > start, source[end - 1] == ASCIIByte.space || source[end - 1] == ASCIIByte.tab { end -= 1 }
        return start..<end
    }

    /// The first non-space byte, when the line is indented less than four columns.
    private func lead(_ line: MarkdownLine) -> Int? {
        let spaces = indent(line)
        guard spaces < 4, line.lowerBound + spaces < line.upperBound else { return nil }
        return line.lowerBound + spaces
    }

    private func runLength(_ index: Int, _ byte: UInt8, _ end: Int) -> Int {
        var cursor = index
        while cursor < end, source[cursor] == byte { cursor += 1 }
        return cursor - index
    }

    func fenceOpening(_ line: MarkdownLine) -> FenceOpening? {
        guard let start = lead(line) else { return nil }
        let marker = source[start]
        guard marker == ASCIIByte.backtick || marker == ASCIIByte.tilde else { return nil }
        let length = runLength(start, marker, line.upperBound)
        guard length >= 3 else { return nil }
        let info = trimmed((start + length)..<line.upperBound)
        if marker == ASCIIByte.backtick, source[info].contains(ASCIIByte.backtick) { return nil }
        var word = info.lowerBound
        while word < info.upperBound, !ASCIIByte.isWhitespace(source[word]) { word += 1 }
        let language = source[info.lowerBound..<word]
        let plain =
            language.count <= 32
            && language.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                    || byte == ASCIIByte.underscore || byte == ASCIIByte.plus || byte == ASCIIByte.hash || byte == ASCIIByte.dot
                    || byte == ASCIIByte.dash
            }
        let name = plain && !language.isEmpty ? String(decoding: language, as: UTF8.self) : nil
        return FenceOpening(marker: marker, length: length, indent: line.lowerBound.distance(to: start), language: name)
    }

    func isFenceClose(_ line: MarkdownLine, marker: UInt8, length: Int) -> Bool {
        guard let start = lead(line), source[start] == marker else { return false }
        let run = runLength(start, marker, line.upperBound)
        return run >= length && trimmed((start + run)..<line.upperBound).isEmpty
    }

    /// An ATX heading's level and content (closing `#`s removed).
    func atxHeading(_ line: MarkdownLine) -> (level: Int, content: MarkdownLine)? {
        guard let start = lead(line), source[start] == ASCIIByte.hash else { return nil }
        let level = runLength(start, ASCIIByte.hash, line.upperBound)
        let after = start + level
        guard level <= 6, after == line.upperBound || source[after] == ASCIIByte.space || source[after] == ASCIIByte.tab
        else { return nil }
        var content = trimmed(after..<line.upperBound)
        var end = content.upperBound
        while end > content.lowerBound, source[end - 1] == ASCIIByte.hash { end -= 1 }
        if end == content.lowerBound || source[end - 1] == ASCIIByte.space || source[end - 1] == ASCIIByte.tab {
            content = trimmed(content.lowerBound..<end)
        }
        return (level, content)
    }

    /// Three or more `-`, `*` or `_` (the same one), spaces allowed between them.
    func isThematicBreak(_ line: MarkdownLine) -> Bool {
        guard let start = lead(line) else { return false }
        let marker = source[start]
        guard marker == ASCIIByte.dash || marker == ASCIIByte.star || marker == ASCIIByte.underscore else { return false }
        var count = 0
        for byte in source[start..<line.upperBound] {
            if byte == marker {
                count += 1
            } else if byte != ASCIIByte.space && byte != ASCIIByte.tab {
                return false
            }
        }
        return count >= 3
    }

    /// 1 for a line of `=`, 2 for a line of `-` (trailing spaces allowed): a setext underline.
    func setextLevel(_ line: MarkdownLine) -> Int? {
        guard let start = lead(line) else { return nil }
        let marker = source[start]
        guard marker == ASCIIByte.equals || marker == ASCIIByte.dash else { return nil }
        let run = runLength(start, marker, line.upperBound)
        guard trimmed((start + run)..<line.upperBound).isEmpty else { return nil }
        return marker == ASCIIByte.equals ? 1 : 2
    }

    func isBlockquote(_ line: MarkdownLine) -> Bool {
        guard let start = lead(line) else { return false }
        return source[start] == ASCIIByte.greaterThan
    }

    /// A bullet (`-`, `*`, `+`) or numbered (`1.`, `1)`, at most 9 digits) list marker.
    func listMarker(_ line: MarkdownLine) -> ListMarker? {
        guard let start = lead(line) else { return nil }
        let first = source[start]
        var after: Int
        var ordered = false
        var number = 0
        var symbol = first
        if first == ASCIIByte.dash || first == ASCIIByte.star || first == ASCIIByte.plus {
            after = start + 1
        } else if ASCIIByte.isDigit(first) {
            var cursor = start
            while cursor < line.upperBound, ASCIIByte.isDigit(source[cursor]), cursor - start < 9 {
                number = number * 10 + Int(source[cursor] - 0x30)
                cursor += 1
            }
            guard cursor < line.upperBound, source[cursor] == ASCIIByte.dot || source[cursor] == ASCIIByte.closeParen
            else { return nil }
            ordered = true
            symbol = source[cursor]
            after = cursor + 1
        } else {
            return nil
        }
        let markerIndent = line.lowerBound.distance(to: start)
        if after == line.upperBound {
            return ListMarker(
                ordered: ordered, symbol: symbol, start: number, markerIndent: markerIndent,
                contentIndent: markerIndent + after - start + 1, content: after..<after)
        }
        guard source[after] == ASCIIByte.space || source[after] == ASCIIByte.tab else { return nil }
        let spaces = runLength(after, ASCIIByte.space, line.upperBound)
        let contentStart = after + spaces
        let isBlankRest = contentStart == line.upperBound
        // Five or more spaces mean indented code inside the item: the content starts after one space.
        let gap = (spaces > 4 || isBlankRest) ? 1 : max(1, spaces)
        let content = isBlankRest ? line.upperBound..<line.upperBound : (after + gap)..<line.upperBound
        return ListMarker(
            ordered: ordered, symbol: symbol, start: number, markerIndent: markerIndent,
            contentIndent: markerIndent + (after - start) + gap, content: content)
    }

    /// Whether `line` ends a paragraph without a blank line before it.
    func interruptsParagraph(_ line: MarkdownLine) -> Bool {
        if fenceOpening(line) != nil || atxHeading(line) != nil || isThematicBreak(line) || isBlockquote(line) {
            return true
        }
        guard let marker = listMarker(line), !marker.isEmpty else { return false }
        return !marker.ordered || marker.start == 1
    }
}
