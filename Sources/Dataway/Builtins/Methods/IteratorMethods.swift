let iteratorMethods: [String: MethodFn] = [:]
