let strMethods: [String: MethodFn] = [:]
