/// Per-run state of the `re` module, kept on the VM (never shared between runs):
/// - the `re.Pattern` objects of the module functions, by pattern string, so `re.search(p, s)` in a
///   loop neither hashes `p` into the process-wide cache nor makes a new pattern object each time;
/// - parsed `sub` templates, by template string and pattern;
/// - the matcher's working storage, lent to one match at a time.
final class RegexState {
    private var patterns = StrIdentityCache<PyRegexPattern>(slotCount: 32)
    private var templates = StrIdentityCache<RegexTemplate>(slotCount: 32)
    /// Matcher storage not currently lent out, and its size in bytes.
    private var scratch: UnsafeMutableRawPointer?
    private var scratchBytes = 0

    /// The size of the storage lent to a matcher that needs less.
    private static let scratchSize = 4096

    deinit { scratch?.deallocate() }

    /// The pattern object for `source` and `flags`, compiled (through the process-wide cache) on a miss.
    func pattern(_ source: PyStr, flags: Int) throws -> PyRegexPattern {
        try patterns.value(source, tag: flags) { PyRegexPattern(try RegexCache.compile(source.value, flags: flags)) }
    }

    /// The parsed replacement template `text` for `compiled` (group names resolve against it).
    func template(_ text: PyStr, _ compiled: RegexCompiled) throws -> RegexTemplate {
        try templates.value(text, compiled) { try RegexTemplate.parse(text.value, compiled) }
    }

    /// Storage of at least `bytes` for a matcher, and its actual size: the spare block when it is
    /// free and big enough, else a new one. Give it back with `giveBack`.
    func take(_ bytes: Int) -> (UnsafeMutableRawPointer, Int) {
        if let s = scratch, scratchBytes >= bytes {
            scratch = nil
            return (s, scratchBytes)
        }
        let size = max(bytes, Self.scratchSize)
        return (.allocate(byteCount: size, alignment: 16), size)
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
