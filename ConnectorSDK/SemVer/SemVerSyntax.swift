/// The lexical pieces of SemVer 2.0.0 shared by version and range parsing.
enum SemVerSyntax {
    /// `text` split at the first `+` (build) and then at the first `-` (pre-release). The core holds
    /// neither character, pre-release identifiers may hold `-`, and build identifiers may hold both.
    static func splitQualifiers(_ text: Substring) -> (core: Substring, prerelease: Substring?, build: Substring?) {
        var rest = text
        var build: Substring?
        if let plus = rest.firstIndex(of: "+") {
            build = rest[rest.index(after: plus)...]
            rest = rest[..<plus]
        }
        var prerelease: Substring?
        if let dash = rest.firstIndex(of: "-") {
            prerelease = rest[rest.index(after: dash)...]
            rest = rest[..<dash]
        }
        return (rest, prerelease, build)
    }

    /// A major, minor or patch number: ASCII digits, no leading zero, fits in `Int`.
    static func number(_ text: Substring, component: String) throws(SemVerError.Issue) -> Int {
        guard !text.isEmpty, text.utf8.allSatisfy(isDigit) else {
            throw .notNumeric(component: component, found: String(text))
        }
        if text.utf8.count > 1, text.utf8.first == UInt8(ascii: "0") {
            throw .leadingZero
        }
        var value = 0
        for byte in text.utf8 {
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = shifted.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            if overflowA || overflowB {
                throw .tooLarge(component: component, found: String(text))
            }
            value = sum
        }
        return value
    }

    /// Dot-separated pre-release or build identifiers. Each is non-empty `[0-9A-Za-z-]+`; a purely
    /// numeric pre-release identifier must not have a leading zero (build identifiers may).
    static func identifiers(_ text: Substring, part: SemVerError.IdentifierPart) throws(SemVerError.Issue) -> [String] {
        var result: [String] = []
        for identifier in text.split(separator: ".", omittingEmptySubsequences: false) {
            try validate(identifier, part: part)
            result.append(String(identifier))
        }
        return result
    }

    /// Checks one identifier (see `identifiers(_:part:)`).
    static func validate(_ identifier: some StringProtocol, part: SemVerError.IdentifierPart) throws(SemVerError.Issue) {
        guard !identifier.isEmpty else { throw .emptyIdentifier(part: part) }
        if let bad = identifier.first(where: { !isIdentifierCharacter($0) }) {
            throw .invalidCharacter(bad, part: part)
        }
        if part == .prerelease, isNumeric(identifier), identifier.utf8.count > 1,
            identifier.utf8.first == UInt8(ascii: "0")
        {
            throw .leadingZero
        }
    }

    /// True when every character is an ASCII digit (an empty string is not numeric).
    static func isNumeric(_ identifier: some StringProtocol) -> Bool {
        !identifier.isEmpty && identifier.utf8.allSatisfy(isDigit)
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isIdentifierCharacter(_ character: Character) -> Bool {
        guard character.isASCII, let ascii = character.asciiValue else { return false }
        return isDigit(ascii) || (ascii >= UInt8(ascii: "a") && ascii <= UInt8(ascii: "z"))
            || (ascii >= UInt8(ascii: "A") && ascii <= UInt8(ascii: "Z")) || ascii == UInt8(ascii: "-")
    }
}
