let tupleMethods: [String: MethodFn] = [:]
