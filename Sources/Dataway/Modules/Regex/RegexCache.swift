import Synchronization

/// A compiled pattern with what `re.Pattern` reports about it. Immutable, shared between runs.
final class RegexCompiled: Sendable {
    let source: String
    let flags: Int
    let program: RegexProgram
    let groupCount: Int
    let groupNames: [(String, Int)]
    /// The dict hash of each group name, so a lookup by a `str` compares text only when hashes agree.
    private let groupNameHashes: [Int]

    init(source: String, flags: Int, program: RegexProgram, groupCount: Int, groupNames: [(String, Int)]) {
        self.source = source
        self.flags = flags
        self.program = program
        self.groupCount = groupCount
        self.groupNames = groupNames
        groupNameHashes = groupNames.map { hashString($0.0) }
    }

    func groupIndex(_ name: String) -> Int? { regexGroupIndex(name, in: groupNames) }

    /// The number of the group called `name`, found by its cached hash.
    func groupIndex(_ name: PyStr) -> Int? {
        let h = strHash(name)
        for i in groupNameHashes.indices where groupNameHashes[i] == h {
            // ASCII text is equal exactly when `==` says so; other text is compared byte by byte
            // (`==` would also accept a canonically equivalent name).
            let n = groupNames[i].0
            if name.isASCII ? n == name.value : n.utf8.elementsEqual(name.value.utf8) { return groupNames[i].1 }
        }
        return nil
    }
}

/// The number of the group called `name` among `names` (code points compared, as Python does:
/// Swift's `==` would also accept a canonically equivalent name).
func regexGroupIndex(_ name: String, in names: [(String, Int)]) -> Int? { names.first { $0.0.utf8.elementsEqual(name.utf8) }?.1 }

/// Compiled patterns by source and flags, like CPython's `re._cache`, shared by all runs.
enum RegexCache {
    private struct Key: Hashable {
        var source: String
        var flags: Int
    }
    private static let cache = Mutex<[Key: RegexCompiled]>([:])

    static func compile(_ source: String, flags: Int) throws -> RegexCompiled {
        let key = Key(source: source, flags: flags)
        if let hit = cache.withLock({ $0[key] }) { return hit }
        let compiled: RegexCompiled
        do {
            let parse = try RegexParser.parse(source, flags: flags)
            let program = try RegexCompiler.compile(parse)
            compiled = RegexCompiled(
                source: source, flags: parse.flags, program: program, groupCount: parse.groupCount, groupNames: parse.groupNames)
        } catch {
            throw RegexModule.raise(error, pattern: source)
        }
        cache.withLock {
            if $0.count >= 512 { $0.removeAll() }
            $0[key] = compiled
        }
        return compiled
    }
}
