/// `dict`: insertion-ordered mapping.
final class PyDict: PyObject {
    var table: HashTable
    /// Set on the dicts an XML body parses into: `d["*child"]` then gives `child`'s values as a
    /// list (empty when absent) instead of raising KeyError.
    var starLists = false
    init(_ table: HashTable = HashTable()) {
        self.table = table
        super.init(kind: .dict)
    }
    deinit { table.releaseContents() }

    /// Looks up a string key (the common case for JSON-shaped data).
    func get(_ key: String) -> Value? {
        let k = PyStr(key)
        return table.get(.object(k), hash: strHash(k))
    }

    /// Sets a string key.
    func set(_ key: String, _ value: Value) {
        let k = PyStr(key)
        table.set(.object(k), hash: strHash(k), value: value)
    }
}

/// `set` and `frozenset` (told apart by `kind`).
final class PySet: PyObject {
    var table: HashTable
    init(_ table: HashTable = HashTable(), frozen: Bool = false) {
        self.table = table
        super.init(kind: frozen ? .frozenset : .set)
    }
    deinit { table.releaseContents() }
}

/// `dict.keys()`, `dict.values()` and `dict.items()`: live views of a dict.
final class PyDictView: PyObject {
    enum Which { case keys, values, items }
    let dict: PyDict
    let which: Which
    init(_ dict: PyDict, _ which: Which) {
        self.dict = dict
        self.which = which
        super.init(kind: .dictView)
    }
}
