/// Text encodings for `str(b, enc)`, `bytes(s, enc)`, `json.loads(bytes)` and Entity bodies: the
/// same codecs as `str.encode` / `bytes.decode` (see `TextCodec`).
enum Codecs {
    static func encode(_ s: String, encoding: String, errors: String) throws -> [UInt8] {
        try TextCodec.encode(PyStr(s), encoding: encoding, errors: errors)
    }

    static func decode(_ b: [UInt8], encoding: String, errors: String) throws -> String {
        try TextCodec.decode(b, encoding: encoding, errors: errors)
    }
}
