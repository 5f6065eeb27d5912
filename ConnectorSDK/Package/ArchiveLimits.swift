/// The size limits every package reader and the writer enforce.
///
/// The defaults are the package rules of the design (§3); readers use `.default`. Tests and tools may
/// pass tighter limits, never looser ones for packages that others will read.
public struct PackageLimits: Sendable, Equatable {
    /// Largest archive, in bytes (5 MiB).
    public var maxArchiveBytes: Int
    /// Most entries in the central directory, folders included (256).
    public var maxEntries: Int
    /// Largest single file once inflated, in bytes (1 MiB).
    public var maxFileBytes: Int
    /// Largest sum of all inflated files, in bytes (20 MiB).
    public var maxTotalBytes: Int
    /// Largest ratio of inflated size to compressed size for one entry (100).
    public var maxInflationRatio: Int

    /// Limits with the package rules' values unless given.
    public init(
        maxArchiveBytes: Int = 5 << 20,
        maxEntries: Int = 256,
        maxFileBytes: Int = 1 << 20,
        maxTotalBytes: Int = 20 << 20,
        maxInflationRatio: Int = 100
    ) {
        self.maxArchiveBytes = maxArchiveBytes
        self.maxEntries = maxEntries
        self.maxFileBytes = maxFileBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxInflationRatio = maxInflationRatio
    }

    /// The package rules of the design: 5 MiB, 256 entries, 1 MiB a file, 20 MiB in all, ratio 100.
    public static let `default` = PackageLimits()
}

extension PackageLimits {
    /// Whether `compressed` bytes may inflate to `count` bytes under the ratio limit.
    func allowsInflation(to count: Int, from compressed: Int) -> Bool {
        let (limit, overflow) = maxInflationRatio.multipliedReportingOverflow(by: compressed)
        return overflow || count <= limit
    }
}
