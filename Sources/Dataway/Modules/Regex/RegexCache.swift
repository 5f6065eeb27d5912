import Synchronization

/// A compiled pattern with what `re.Pattern` reports about it. Immutable, shared between runs.
final class RegexCompiled: Sendable {
    let source: String
    let flags: Int
    let program: RegexProgram
    let groupCount: Int
    let groupNames: [(String, Int)]

    init(source: String, flags: Int, program: RegexProgram, groupCount: Int, groupNames: [(String, Int)]) {
        self.source = source
        self.flags = flags
        self.program = program
        self.groupCount = groupCount
        self.groupNames = groupNames
    }

    func groupIndex(_ name: String) -> Int? { groupNames.first { $0.0 == name }?.1 }
}

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
