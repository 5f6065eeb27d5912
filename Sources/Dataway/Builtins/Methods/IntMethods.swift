let intMethods: [String: MethodFn] = [:]
