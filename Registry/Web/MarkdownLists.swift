extension MarkdownBlockRenderer {
    /// A bullet or numbered list starting at `start`: items of the same kind, each rendered from its
    /// lines with the item's indentation removed. Blank lines between items (or between blocks in an
    /// item) make the list loose, which wraps paragraphs in `<p>`.
    mutating func list(
        _ lines: [MarkdownLine], from start: Int, first: MarkdownLineScanner.ListMarker, depth: Int
    ) -> Int {
        var items: [[MarkdownLine]] = []
        var loose = false
        var index = start
        while index < lines.count, let marker = scan.listMarker(lines[index]), sameList(marker, first),
            !scan.isThematicBreak(lines[index])
        {
            let (item, next, blankInside, blankAfter) = collectItem(lines, from: index, marker: marker)
            items.append(item)
            index = next
            if blankInside { loose = true }
            if blankAfter {
                guard index < lines.count, let following = scan.listMarker(lines[index]), sameList(following, first)
                else { break }
                loose = true
            }
        }
        if first.ordered {
            emit(first.start == 1 ? "<ol>\n" : "<ol start=\"\(first.start)\">\n")
        } else {
            emit("<ul>\n")
        }
        for item in items {
            emit("<li>")
            if depth + 1 > maxNesting {
                plainParagraph(item, tight: !loose)
            } else {
                render(item, depth: depth + 1, tight: !loose)
            }
            trimTrailingNewline()
            emit("</li>\n")
        }
        emit(first.ordered ? "</ol>\n" : "</ul>\n")
        return index
    }

    private func sameList(_ marker: MarkdownLineScanner.ListMarker, _ first: MarkdownLineScanner.ListMarker) -> Bool {
        marker.ordered == first.ordered && marker.symbol == first.symbol
    }

    /// One item's lines: the marker line's content, then lines indented to the content column (or,
    /// leniently, any nested list marker indented past this item's marker), and lazy continuation
    /// lines of a paragraph. Returns the index after the item and whether blank lines separated
    /// blocks inside it or follow it.
    private func collectItem(
        _ lines: [MarkdownLine], from start: Int, marker: MarkdownLineScanner.ListMarker
    ) -> (lines: [MarkdownLine], next: Int, blankInside: Bool, blankAfter: Bool) {
        var item: [MarkdownLine] = [marker.content]
        var index = start + 1
        var pendingBlanks = 0
        var blankInside = false
        var lastWasText = !marker.isEmpty
        while index < lines.count {
            let line = lines[index]
            if scan.isBlank(line) {
                // An item that starts with a blank line ends at the next blank line.
                if item.count == 1 && marker.isEmpty { break }
                pendingBlanks += 1
                index += 1
                continue
            }
            let indent = scan.indent(line)
            if indent >= marker.contentIndent {
                if pendingBlanks > 0 {
                    blankInside = true
                    item.append(contentsOf: repeatElement(line.upperBound..<line.upperBound, count: pendingBlanks))
                }
                item.append(scan.dropIndent(line, marker.contentIndent))
            } else if pendingBlanks == 0, indent > marker.markerIndent, scan.listMarker(line) != nil {
                item.append(scan.dropIndent(line, indent))
            } else if pendingBlanks == 0, lastWasText, !scan.interruptsParagraph(line), scan.listMarker(line) == nil {
                item.append(line)
            } else {
                break
            }
            pendingBlanks = 0
            lastWasText = true
            index += 1
        }
        return (item, index, blankInside, pendingBlanks > 0)
    }

    /// Drops the item's final line break, so `<li>text</li>` stays on one line.
    private mutating func trimTrailingNewline() {
        if out.last == ASCIIByte.newline { out.removeLast() }
    }
}
