/// Per-run state of the `re` module, kept on the VM (never shared between runs):
/// - the `re.Pattern` objects of the module functions, by pattern string, so `re.search(p, s)` in a
///   loop neither hashes `p` into the process-wide cache nor makes a new pattern object each time;
/// - parsed `sub` templates, by template string and pattern;
/// - the matcher's working storage, lent to one match at a time.
///
/// The caches are direct-mapped on the identity of the string (a script's literals are the same
/// object on every call); each slot keeps its string alive so the identity stays valid.
final class RegexState {
    private struct PatternSlot {
        var source: PyStr?
        var flags = 0
        var pattern: PyRegexPattern?
    }

    private struct TemplateSlot {
        var text: PyStr?
        var compiled: RegexCompiled?
        var template: RegexTemplate?
    }

    private static let slotCount = 32
    private var patterns: [PatternSlot] = []
    private var templates: [TemplateSlot] = []
    /// Matcher storage not currently lent out, and its size in bytes.
    private var scratch: UnsafeMutableRawPointer?
    private var scratchBytes = 0

    /// The size of the storage lent to a matcher that needs less.
    static let scratchSize = 4096
    static let scratchAlignment = 16

    deinit { scratch?.deallocate() }

    @inline(__always) private static func slot(_ s: PyStr) -> Int {
        Int(truncatingIfNeeded: UInt(bitPattern: ObjectIdentifier(s)) &>> 4) & (slotCount - 1)
    }

    /// The pattern object for `source` and `flags`, compiled (through the process-wide cache) on a miss.
    func pattern(_ source: PyStr, flags: Int) throws -> PyRegexPattern {
        let i = Self.slot(source)
        if patterns.isEmpty {
            patterns = [PatternSlot](repeating: PatternSlot(), count: Self.slotCount)
        } else if patterns[i].source === source, patterns[i].flags == flags, let p = patterns[i].pattern {
            return p
        }
        let p = PyRegexPattern(try RegexCache.compile(source.value, flags: flags))
        patterns[i] = PatternSlot(source: source, flags: flags, pattern: p)
        return p
    }

    /// The parsed replacement template `text` for `compiled` (group names resolve against it).
    func template(_ text: PyStr, _ compiled: RegexCompiled) throws -> RegexTemplate {
        let i = Self.slot(text)
        if templates.isEmpty {
            templates = [TemplateSlot](repeating: TemplateSlot(), count: Self.slotCount)
        } else if templates[i].text === text, templates[i].compiled === compiled, let t = templates[i].template {
            return t
        }
        let t = try RegexTemplate.parse(text.value, compiled)
        templates[i] = TemplateSlot(text: text, compiled: compiled, template: t)
        return t
    }

    /// Storage of at least `bytes` for a matcher, and its actual size: the spare block when it is
    /// free and big enough, else a new one. Give it back with `giveBack`.
    func take(_ bytes: Int) -> (UnsafeMutableRawPointer, Int) {
        if let s = scratch, scratchBytes >= bytes {
            scratch = nil
            return (s, scratchBytes)
        }
        let size = max(bytes, Self.scratchSize)
        return (.allocate(byteCount: size, alignment: Self.scratchAlignment), size)
    }

    /// Takes back storage from `take`: kept as the spare block when there is none (and it is not
    /// large), else freed.
    func giveBack(_ storage: UnsafeMutableRawPointer, _ bytes: Int) {
        if scratch == nil && bytes <= 1 << 16 {
            scratch = storage
            scratchBytes = bytes
        } else {
            storage.deallocate()
        }
    }
}
