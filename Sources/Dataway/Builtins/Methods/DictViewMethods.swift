let dictViewMethods: [String: MethodFn] = [:]
