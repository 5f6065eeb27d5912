/// One primitive comparison of a desugared range: `>=1.2.3`, `<2.0.0-0`, `1.2.3` (equality).
///
/// Every range form (`^`, `~`, x-ranges, hyphens) desugars into these, exactly as node-semver does.
struct VersionComparator: Sendable, Hashable {
    enum Operator: String, Sendable {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case equal = ""
    }

    let op: Operator
    /// The bound, without build metadata.
    let version: SemanticVersion
    /// node-semver's `-0` floor: when the caller includes pre-releases, this lower bound moves down to
    /// `version-0` so the floor's own pre-releases match (`1.2.x` then admits `1.2.0-beta`). Set on the
    /// same bounds node-semver marks: x-range and partial floors, `^0.x` floors, hyphen floors.
    let floorAdmitsPrereleases: Bool

    init(_ op: Operator, _ version: SemanticVersion, floorAdmitsPrereleases: Bool = false) {
        self.op = op
        self.version = version.withoutBuild
        self.floorAdmitsPrereleases = floorAdmitsPrereleases && !version.isPrerelease
    }

    /// `<0.0.0-0`: nothing is below the lowest possible version, so this matches nothing.
    static let nothing = VersionComparator(.less, SemanticVersion(uncheckedMajor: 0, minor: 0, patch: 0, prerelease: ["0"]))

    var isNothing: Bool { self == Self.nothing }

    /// True for a `>=0.0.0` floor that admits pre-releases: it excludes nothing, so a set drops it.
    var isRedundantFloor: Bool {
        op == .greaterOrEqual && floorAdmitsPrereleases && version == Self.zero
    }

    private static let zero = SemanticVersion(uncheckedMajor: 0, minor: 0, patch: 0)

    /// `>=0.0.0` that does not admit pre-releases: node-semver treats it as `*` unless pre-releases
    /// are included (then it still excludes `0.0.0-…`).
    var isPlainZeroFloor: Bool {
        op == .greaterOrEqual && !floorAdmitsPrereleases && version == Self.zero
    }

    /// Whether `candidate` satisfies the bound (build metadata ignored).
    func matches(_ candidate: SemanticVersion, includePrerelease: Bool) -> Bool {
        if !includePrerelease, isPlainZeroFloor { return true }
        let bound =
            includePrerelease && floorAdmitsPrereleases
            ? SemanticVersion(uncheckedMajor: version.major, minor: version.minor, patch: version.patch, prerelease: ["0"])
            : version
        let order = candidate.comparePrecedence(to: bound)
        switch op {
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        case .greaterOrEqual: return order >= 0
        case .equal: return order == 0
        }
    }
}

extension VersionComparator: CustomStringConvertible {
    /// node-semver's rendering: the operator (none for equality) and the version.
    var description: String { op.rawValue + version.description }
}
