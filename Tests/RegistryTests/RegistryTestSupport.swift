// The shared test helpers (throwaway PostgreSQL, an in-process registry, test packages) live in
// the JunctionTestSupport target, which the runtime's tests use too.
@_exported import JunctionTestSupport
