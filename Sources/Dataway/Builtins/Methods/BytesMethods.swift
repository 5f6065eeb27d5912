let bytesMethods: [String: MethodFn] = [:]
