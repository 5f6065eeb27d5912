let iteratorMethods: [String: MethodBox] = [:]
