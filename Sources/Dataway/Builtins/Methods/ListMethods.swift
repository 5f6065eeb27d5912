let listMethods: [String: MethodFn] = [:]
