import ConnectorSDK
import Foundation

/// File helpers shared by commands.
enum Files {
    /// Writes through a temporary file and a rename, so a reader never sees half a file.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure.problem("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// Reads and checks an archive (every archive rule), or fails with the rule's message.
    static func readArchive(_ path: String) throws -> PackageArchive { try readArchiveAndBytes(path).archive }

    /// The checked archive and the bytes it was read from.
    static func readArchiveAndBytes(_ path: String) throws -> (archive: PackageArchive, bytes: [UInt8]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.usage("cannot read \(path)")
        }
        let bytes = [UInt8](data)
        do {
            return (try PackageArchive(bytes: bytes), bytes)
        } catch {
            throw CommandFailure.problem("\(path): \(error.code): \(error.message)")
        }
    }

    /// A path under the user's home folder.
    static func home(_ relative: String) -> String {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        return (home as NSString).appendingPathComponent(relative)
    }
}
