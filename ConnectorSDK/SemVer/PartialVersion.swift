/// A version as written inside a range, where trailing parts may be wildcards or missing:
/// `*`, `1`, `1.x`, `1.2`, `1.2.*`, `1.2.3`, `1.2.3-beta.1` (build metadata is accepted and dropped).
/// `nil` stands for a wildcard or an omitted part; only wildcards may follow one.
struct PartialVersion: Sendable {
    var major: Int?
    var minor: Int?
    var patch: Int?
    var prerelease: [String] = []

    /// Parses `word` (operator and leading `v` already removed).
    static func parse(_ word: Substring) throws(SemVerError.Issue) -> PartialVersion {
        let (core, pre, build) = SemVerSyntax.splitQualifiers(word)
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 3 else { throw .inVersion(String(word), .shape(parts: parts.count)) }
        var numbers: [Int?] = []
        for (part, name) in zip(parts, ["major", "minor", "patch"]) {
            if part == "x" || part == "X" || part == "*" {
                numbers.append(nil)
                continue
            }
            if numbers.contains(where: { $0 == nil }) { throw .wildcardOrder(String(word)) }
            do throws(SemVerError.Issue) {
                numbers.append(try SemVerSyntax.number(part, component: name))
            } catch {
                throw .inVersion(String(word), error)
            }
        }
        while numbers.count < 3 { numbers.append(nil) }
        var result = PartialVersion(major: numbers[0], minor: numbers[1], patch: numbers[2])
        guard pre != nil || build != nil else { return result }
        guard result.patch != nil else { throw .partialPrerelease(String(word)) }
        do throws(SemVerError.Issue) {
            if let pre { result.prerelease = try SemVerSyntax.identifiers(pre, part: .prerelease) }
            if let build { _ = try SemVerSyntax.identifiers(build, part: .build) }
        } catch {
            throw .inVersion(String(word), error)
        }
        return result
    }
}

// MARK: - Desugaring (node-semver's replaceXRange, replaceTilde, replaceCaret, hyphenReplace)

extension PartialVersion {
    /// A bare or `=` version, or `<`, `<=`, `>`, `>=` with one.
    /// `1.2` → `>=1.2.0 <1.3.0-0`; `>1.2` → `>=1.3.0`; `<=1` → `<2.0.0-0`; `<1.2` → `<1.2.0-0`;
    /// `*`, `>=*` → any; `<*`, `>*` → nothing; a full version is kept as written.
    func primitive(_ op: VersionComparator.Operator, word: String) throws(SemVerError.Issue) -> [VersionComparator] {
        guard let major else { return op == .less || op == .greater ? [.nothing] : [] }
        if let minor, let patch {
            let full = version(major, minor, patch, prerelease)
            return [VersionComparator(op, full)]
        }
        if op == .equal {
            if let minor {
                return [floor(major, minor, 0), try upper(major, bump(minor, word), 0)]
            }
            return [floor(major, 0, 0), try upper(bump(major, word), 0, 0)]
        }
        let minorOrZero = minor ?? 0
        switch op {
        case .greater:
            if minor == nil { return [floor(try bump(major, word), 0, 0)] }
            return [floor(major, try bump(minorOrZero, word), 0)]
        case .lessOrEqual:
            if minor == nil { return [try upper(bump(major, word), 0, 0)] }
            return [try upper(major, bump(minorOrZero, word), 0)]
        case .less:
            return [upper(major, minorOrZero, 0)]
        case .greaterOrEqual, .equal:
            return [floor(major, minorOrZero, 0)]
        }
    }

    /// `~1.2.3` → `>=1.2.3 <1.3.0-0`; `~1.2` → `>=1.2.0 <1.3.0-0`; `~1` → `>=1.0.0 <2.0.0-0`.
    func tilde(word: String) throws(SemVerError.Issue) -> [VersionComparator] {
        guard let major else { return [] }
        guard let minor else { return [fixedFloor(major, 0, 0), try upper(bump(major, word), 0, 0)] }
        let lower = fixedFloor(major, minor, patch ?? 0, prerelease)
        return [lower, try upper(major, bump(minor, word), 0)]
    }

    /// `^1.2.3` → `>=1.2.3 <2.0.0-0`; `^0.2.3` → `>=0.2.3 <0.3.0-0`; `^0.0.3` → `>=0.0.3 <0.0.4-0`;
    /// `^1.2` → `>=1.2.0 <2.0.0-0`; `^0.0` → `>=0.0.0 <0.1.0-0`; `^1` → `>=1.0.0 <2.0.0-0`.
    func caret(word: String) throws(SemVerError.Issue) -> [VersionComparator] {
        guard let major else { return [] }
        guard let minor else { return [floor(major, 0, 0), try upper(bump(major, word), 0, 0)] }
        guard let patch else {
            if major == 0 { return [floor(0, minor, 0), try upper(0, bump(minor, word), 0)] }
            return [floor(major, minor, 0), try upper(bump(major, word), 0, 0)]
        }
        // node-semver lowers the floor to `-0` (with includePrerelease) for ^0.x.y but not for ^1.2.3.
        let lower = VersionComparator(
            .greaterOrEqual, version(major, minor, patch, prerelease), floorAdmitsPrereleases: major == 0)
        if major != 0 { return [lower, try upper(bump(major, word), 0, 0)] }
        if minor != 0 { return [lower, try upper(0, bump(minor, word), 0)] }
        return [lower, try upper(0, 0, bump(patch, word))]
    }

    /// `1.2.3 - 2.3.4` → `>=1.2.3 <=2.3.4`; `1.2 - 2.3` → `>=1.2.0 <2.4.0-0`; `1 - 2` → `>=1.0.0 <3.0.0-0`.
    static func hyphen(from: PartialVersion, to: PartialVersion, word: String) throws(SemVerError.Issue) -> [VersionComparator] {
        var result: [VersionComparator] = []
        if let major = from.major {
            result.append(from.floor(major, from.minor ?? 0, from.patch ?? 0, from.prerelease))
        }
        if let major = to.major {
            if let minor = to.minor {
                if let patch = to.patch {
                    result.append(VersionComparator(.lessOrEqual, to.version(major, minor, patch, to.prerelease)))
                } else {
                    result.append(try to.upper(major, to.bump(minor, word), 0))
                }
            } else {
                result.append(try to.upper(to.bump(major, word), 0, 0))
            }
        }
        return result
    }

    private func version(_ major: Int, _ minor: Int, _ patch: Int, _ prerelease: [String] = []) -> SemanticVersion {
        SemanticVersion(uncheckedMajor: major, minor: minor, patch: patch, prerelease: prerelease)
    }

    /// `>=M.m.p`, lowered to `-0` when the caller includes pre-releases.
    private func floor(_ major: Int, _ minor: Int, _ patch: Int, _ pre: [String] = []) -> VersionComparator {
        VersionComparator(.greaterOrEqual, version(major, minor, patch, pre), floorAdmitsPrereleases: true)
    }

    /// `>=M.m.p`, never lowered.
    private func fixedFloor(_ major: Int, _ minor: Int, _ patch: Int, _ pre: [String] = []) -> VersionComparator {
        VersionComparator(.greaterOrEqual, version(major, minor, patch, pre))
    }

    /// `<M.m.p-0`: below every pre-release of `M.m.p`.
    private func upper(_ major: Int, _ minor: Int, _ patch: Int) -> VersionComparator {
        VersionComparator(.less, version(major, minor, patch, ["0"]))
    }

    private func bump(_ value: Int, _ word: String) throws(SemVerError.Issue) -> Int {
        let (next, overflow) = value.addingReportingOverflow(1)
        if overflow { throw .boundTooLarge(word) }
        return next
    }
}
