extension MarkdownInlineRenderer {
    /// Matches `*`/`_` runs from `delimiters[start...]` into `<em>`/`<strong>`, as CommonMark's
    /// "process emphasis" does: each closer pairs with the nearest compatible opener below it; runs
    /// between them become literal text; a closer that finds no opener raises the search floor for its
    /// kind (marker, can-open, length mod 3), so no opener is scanned twice for the same kind of closer
    /// and the pass is linear.
    mutating func processEmphasis(from start: Int) {
        guard start < delimiters.count else { return }
        var openers: [Int] = []
        var floors = [Int](repeating: 0, count: 12)
        for position in start..<delimiters.count {
            let closer = delimiters[position]
            guard runs[closer].canClose else {
                if runs[closer].canOpen { openers.append(closer) }
                continue
            }
            let kind =
                (runs[closer].marker == ASCIIByte.star ? 0 : 6) + (runs[closer].canOpen ? 3 : 0)
                + runs[closer].originalCount % 3
            while runs[closer].count > 0 {
                guard let found = matchingOpener(for: closer, in: openers, floor: floors[kind]) else {
                    floors[kind] = openers.count
                    break
                }
                let opener = openers[found]
                let strong = runs[opener].count >= 2 && runs[closer].count >= 2
                let used = strong ? 2 : 1
                runs[opener].count -= used
                runs[closer].count -= used
                runs[opener].opens.append(strong)
                runs[closer].closes.append(strong)
                openers.removeSubrange((found + 1)...)
                if runs[opener].count == 0 { openers.removeLast() }
                for slot in floors.indices where floors[slot] > openers.count { floors[slot] = openers.count }
            }
            if runs[closer].count > 0 && runs[closer].canOpen { openers.append(closer) }
        }
    }

    /// The index in `openers` of the nearest run above `floor` that `closer` may close.
    private func matchingOpener(for closer: Int, in openers: [Int], floor: Int) -> Int? {
        var index = openers.count - 1
        while index >= floor {
            let opener = openers[index]
            if runs[opener].marker == runs[closer].marker {
                // The "rule of three": `*foo**bar*` must not pair `*` with `**` in the middle.
                let sum = runs[opener].originalCount + runs[closer].originalCount
                let bothMultiples = runs[opener].originalCount % 3 == 0 && runs[closer].originalCount % 3 == 0
                let either = runs[opener].canClose || runs[closer].canOpen
                if !(either && sum % 3 == 0 && !bothMultiples) { return index }
            }
            index -= 1
        }
        return nil
    }

    /// The nodes as HTML: each run is its closing tags, its unmatched characters, then its opening tags.
    func output() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count + text.count / 4)
        for node in nodes {
            guard let index = node.run else {
                out.append(contentsOf: node.html)
                continue
            }
            let run = runs[index]
            for strong in run.closes { out.append(contentsOf: (strong ? "</strong>" : "</em>").utf8) }
            out.append(contentsOf: repeatElement(run.marker, count: run.count))
            for strong in run.opens.reversed() { out.append(contentsOf: (strong ? "<strong>" : "<em>").utf8) }
        }
        return out
    }
}

/// Where each run of backticks starts, grouped by run length, so a code span's closer (the next run of
/// the same length) is found without rescanning the text.
struct BacktickIndex {
    private var starts: [Int: [Int]] = [:]
    private var cursors: [Int: Int] = [:]

    init(_ text: [UInt8]) {
        var index = 0
        while index < text.count {
            guard text[index] == ASCIIByte.backtick else {
                index += 1
                continue
            }
            let start = index
            while index < text.count, text[index] == ASCIIByte.backtick { index += 1 }
            starts[index - start, default: []].append(start)
        }
    }

    /// The start of the first run of exactly `length` backticks after `position`. Queries must come in
    /// increasing `position` order (the scan is left to right), which keeps the total work linear.
    mutating func closer(after position: Int, length: Int) -> Int? {
        guard let list = starts[length] else { return nil }
        var cursor = cursors[length] ?? 0
        while cursor < list.count, list[cursor] <= position { cursor += 1 }
        cursors[length] = cursor
        return cursor < list.count ? list[cursor] : nil
    }
}
