nonisolated(unsafe) let typeAttributes: [String: [String: Value]] = [:]
