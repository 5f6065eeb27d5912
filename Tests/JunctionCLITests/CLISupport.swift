// `CLI` (runs the real binary) lives in JunctionTestSupport, shared with the runtime's tests.
@_exported import JunctionTestSupport
