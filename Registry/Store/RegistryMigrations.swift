import Foundation
// The registry's public API takes and returns `Database`, so its importers see the shared
// PostgreSQL types without importing a second module.
@_exported import PostgresSupport

extension Migration {
    /// The registry's migrations, shipped as resources.
    public static func registry() throws(DatabaseError) -> [Migration] {
        guard let dir = Bundle.module.url(forResource: "Migrations", withExtension: nil) else {
            throw DatabaseError.configuration("the registry's migrations are missing from the build")
        }
        return try load(folder: dir)
    }
}
