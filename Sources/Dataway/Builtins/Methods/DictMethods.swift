let dictMethods: [String: MethodFn] = [:]
