/// What a code-mode script receives as `msg`.
public struct Message: Sendable, Equatable {
    public var payload: DatawayValue
    public var vars: [DatawayField]
    public var attrs: [DatawayField]
    public var id: String
    public var seqId: String
    /// `None` or a dict with `code` and `desc`.
    public var error: DatawayValue

    public init(
        payload: DatawayValue = .null, vars: [DatawayField] = [], attrs: [DatawayField] = [], id: String = "",
        seqId: String = "", error: DatawayValue = .null
    ) {
        self.payload = payload
        self.vars = vars
        self.attrs = attrs
        self.id = id
        self.seqId = seqId
        self.error = error
    }
}

/// The script-side `msg` object: its own copy, with settable fields.
final class PyMessage: PyObject {
    var fields: [String: Value]
    static let names = ["payload", "vars", "attrs", "id", "seq_id", "error"]

    init(_ m: Message) throws(DatawayError) {
        fields = [
            "payload": try m.payload.scriptValue(),
            "vars": try DatawayValue.dict(m.vars).scriptValue(),
            "attrs": try DatawayValue.dict(m.attrs).scriptValue(),
            "id": .str(m.id),
            "seq_id": .str(m.seqId),
            "error": try m.error.scriptValue(),
        ]
        super.init(kind: .message)
    }
}
