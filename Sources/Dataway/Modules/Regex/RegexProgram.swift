/// One instruction of a compiled pattern (a backtracking machine over code points).
struct RegexInst {
    var op: RegexOp
    var a: Int32 = 0
    var b: Int32 = 0
    var c: Int32 = 0
    var d: Int32 = 0
}

enum RegexOp: UInt8 {
    /// Code point `a`.
    case char
    /// Code point whose lowercase is `a` (`b`: ASCII-only case folding).
    case charIgnore
    case notChar, notCharIgnore
    /// Any code point but `\n`.
    case any
    /// Any code point (DOTALL).
    case anyAll
    /// A member of character set `a`.
    case set
    /// Continue at `a`; on failure, at `b`.
    case split
    case jump
    /// Records the position in capture slot `a`.
    case save
    case atBeginning, atBeginningLine, atEnd, atEndLine, atBeginningString, atEndString
    /// `\b` / `\B` (`b`: ASCII word characters only).
    case boundary, nonBoundary
    /// The text of group `a` again (`b`: ignore case, `c`: ASCII folding).
    case groupRef
    /// A single-width item (the next instruction) repeated `b`...`c` times, then continue after it.
    case repeatOne, repeatOneLazy, repeatOnePossessive
    /// Counted loop over a general body: `loopInit` zeroes counter register `a`; `loopBranch`
    /// (counter `a`, min `b`, max `c`, exit `d`) decides whether to run the body at the next
    /// instruction; `loopMark` stores the position in register `a`; `loopEnd` (counter `a`, mark
    /// register `b`, min `c`, loop head `d`) counts an iteration and stops after an empty one.
    case loopInit, loopBranch, loopBranchLazy, loopMark, loopEnd
    /// A lookaround whose sub-program starts at `a` (`b`: bit 0 behind, bit 1 negated; `c`:
    /// width for look-behind); continues at `d`.
    case assert
    /// An atomic group whose sub-program starts at `a`; continues at `d`.
    case atomic
    /// Continue at the next instruction when group `a` matched, else at `b`.
    case groupExists
    /// End of a sub-program (lookaround / atomic group).
    case succeed
    case match
}

/// A compiled pattern: immutable and shareable.
final class RegexProgram: @unchecked Sendable {
    let code: [RegexInst]
    let sets: [RegexCharSet]
    /// The same instructions and sets in stable storage, read by the matcher without reference counting.
    let codePointer: UnsafeMutablePointer<RegexInst>
    let setPointer: UnsafeMutablePointer<RegexCharSet>
    let groupCount: Int
    let registerCount: Int
    /// True when a match can only start at position 0 (`\A...` or `^...` without MULTILINE).
    let anchoredAtStart: Bool
    /// A code point every match starts with, or a set that holds the first code point.
    let firstChar: UInt32?
    let firstSet: RegexCharSet?
    /// Index of `firstSet` in `setPointer`, or -1.
    let firstSetIndex: Int

    init(
        code: [RegexInst], sets: [RegexCharSet], groupCount: Int, registerCount: Int, anchoredAtStart: Bool, firstChar: UInt32?,
        firstSet: RegexCharSet?
    ) {
        self.code = code
        self.sets = sets
        let allSets = sets + (firstSet.map { [$0] } ?? [])
        codePointer = UnsafeMutablePointer<RegexInst>.allocate(capacity: max(1, code.count))
        codePointer.initialize(from: code, count: code.count)
        setPointer = UnsafeMutablePointer<RegexCharSet>.allocate(capacity: max(1, allSets.count))
        setPointer.initialize(from: allSets, count: allSets.count)
        firstSetIndex = firstSet == nil ? -1 : sets.count
        self.groupCount = groupCount
        self.registerCount = registerCount
        self.anchoredAtStart = anchoredAtStart
        self.firstChar = firstChar
        self.firstSet = firstSet
    }

    deinit {
        codePointer.deinitialize(count: code.count)
        codePointer.deallocate()
        setPointer.deinitialize(count: sets.count + (firstSet == nil ? 0 : 1))
        setPointer.deallocate()
    }
}
