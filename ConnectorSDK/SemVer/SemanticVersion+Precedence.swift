/// SemVer 2.0.0 precedence (spec §11).
extension SemanticVersion: Comparable {
    /// Precedence order: major, minor and patch numerically; then a pre-release precedes its release;
    /// then pre-release identifiers left to right (numeric ones numerically and below alphanumeric
    /// ones, alphanumeric ones in ASCII order, and a shorter list first when all shared identifiers
    /// are equal). Build metadata is ignored, so `1.0.0+a < 1.0.0+b` and `1.0.0+b < 1.0.0+a` are
    /// both false even though the two are not `==` (see the type's documentation).
    public static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool {
        lhs.comparePrecedence(to: rhs) < 0
    }

    /// True when the two versions have the same precedence: equal in every field but build metadata.
    public func precedenceEquals(_ other: SemanticVersion) -> Bool {
        comparePrecedence(to: other) == 0
    }

    /// -1, 0 or 1 as `self` has lower, equal or higher precedence than `other`.
    func comparePrecedence(to other: SemanticVersion) -> Int {
        if major != other.major { return major < other.major ? -1 : 1 }
        if minor != other.minor { return minor < other.minor ? -1 : 1 }
        if patch != other.patch { return patch < other.patch ? -1 : 1 }
        switch (prerelease.isEmpty, other.prerelease.isEmpty) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        case (false, false): break
        }
        for (mine, theirs) in zip(prerelease, other.prerelease) {
            let order = Self.compareIdentifiers(mine, theirs)
            if order != 0 { return order }
        }
        if prerelease.count == other.prerelease.count { return 0 }
        return prerelease.count < other.prerelease.count ? -1 : 1
    }

    /// Compares two pre-release identifiers. Numeric identifiers have no leading zeros, so comparing
    /// their lengths and then their digits compares their values without any size limit.
    static func compareIdentifiers(_ a: String, _ b: String) -> Int {
        let aNumeric = SemVerSyntax.isNumeric(a)
        let bNumeric = SemVerSyntax.isNumeric(b)
        switch (aNumeric, bNumeric) {
        case (true, false): return -1
        case (false, true): return 1
        case (true, true):
            let (aLength, bLength) = (a.utf8.count, b.utf8.count)
            if aLength != bLength { return aLength < bLength ? -1 : 1 }
            return compareASCII(a, b)
        case (false, false):
            return compareASCII(a, b)
        }
    }

    private static func compareASCII(_ a: String, _ b: String) -> Int {
        if a == b { return 0 }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }
}
