/// Static methods of builtin types (called on the type: `str.maketrans`, `bytes.fromhex`, ...).
let staticTypeMethods: [String: [String: BuiltinFn]] = [
    "str": ["maketrans": { _, a in try StrOps.maketrans(a) }],
    "bytes": [
        "fromhex": { _, a in try BytesOps.fromhex(a, mutable: false) },
        "maketrans": { _, a in try BytesOps.maketrans(a, mutable: false) },
    ],
    "bytearray": [
        "fromhex": { _, a in try BytesOps.fromhex(a, mutable: true) },
        "maketrans": { _, a in try BytesOps.maketrans(a, mutable: true) },
    ],
]
