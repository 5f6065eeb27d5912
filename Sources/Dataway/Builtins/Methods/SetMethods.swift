let setMethods: [String: MethodFn] = [:]
