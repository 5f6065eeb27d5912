/// The problems a check found: thrown when a package cannot be used as it is.
public struct ProblemList: Error, Sendable, CustomStringConvertible {
    public var problems: [Problem]

    public init(_ problems: [Problem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
