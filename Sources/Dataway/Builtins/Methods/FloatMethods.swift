let floatMethods: [String: MethodFn] = [:]
