/// The `io` module: only `StringIO`, the in-memory text file `csv.reader` / `csv.writer` work over.
enum IOModule {
    nonisolated(unsafe) static let stringIOType = PyType(name: "StringIO", base: .object) { _, a in
        try a.expect("StringIO", min: 0, max: 2, keywords: ["initial_value", "newline"])
        var initial = ""
        if let v = a.argument(0, "initial_value"), !v.isNone {
            guard let s = v.asStr else { throw PyException.make(.typeError, "initial_value must be str or None, not \(typeName(v))") }
            initial = s.value
        }
        var newline: String? = "\n"
        if let v = a.argument(1, "newline") {
            if v.isNone {
                newline = nil
            } else if let s = v.asStr, ["", "\n", "\r", "\r\n"].contains(s.value) {
                newline = s.value
            } else if let s = v.asStr {
                throw PyException.make(.valueError, "illegal newline value: \(s.value)")
            } else {
                throw PyException.make(.typeError, "newline must be str or None, not \(typeName(v))")
            }
        }
        let io = PyStringIO(newline: newline)
        io.write(initial)
        io.position = 0
        return .object(io)
    }

    nonisolated(unsafe) static let module: Value = .object(PyModule(name: "io", attributes: ["StringIO": .object(stringIOType)]))
}

/// `io.StringIO`: a text buffer with a read/write position (in code points).
final class PyStringIO: PyNativeObject {
    private(set) var scalars: [Unicode.Scalar] = []
    /// Text appended at the end since `scalars` was last brought up to date (writes are appends).
    private var pending = ""
    var position = 0
    let newline: String?
    var closed = false

    init(newline: String?) {
        self.newline = newline
        super.init()
    }

    override var nativeType: PyType { IOModule.stringIOType }

    var count: Int { scalars.count + pending.unicodeScalars.count }

    private func settle() {
        if !pending.isEmpty {
            scalars.append(contentsOf: pending.unicodeScalars)
            pending = ""
        }
    }

    /// Writes at the position (with newline translation), returning the characters written.
    @discardableResult
    func write(_ s: String) -> Int {
        var text = s
        if newline == nil {
            text = text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
        } else if let nl = newline, nl == "\r" || nl == "\r\n" {
            text = text.replacingAll("\n", with: nl)
        }
        let n = s.unicodeScalars.count
        let written = text.unicodeScalars.count
        if position == count {
            pending += text
            position += written
            return n
        }
        settle()
        if position > scalars.count { scalars += Array(repeating: "\0", count: position - scalars.count) }
        let new = Array(text.unicodeScalars)
        let end = min(position + new.count, scalars.count)
        scalars.replaceSubrange(position..<end, with: new)
        position += new.count
        return n
    }

    var value: String {
        settle()
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }

    /// The next line from the position (ending after `\n`, or per the newline mode).
    func readLine(limit: Int = -1) -> String {
        settle()
        var end = position
        let stop = limit >= 0 ? min(scalars.count, position + limit) : scalars.count
        while end < stop {
            let c = scalars[end]
            end += 1
            if newline == "" || newline == nil {
                if c == "\n" { break }
                if c == "\r" && newline == "" {
                    if end < stop && scalars[end] == "\n" { end += 1 }
                    break
                }
            } else if c == "\n" && (newline == "\n" || newline == "\r\n") {
                break
            } else if c == "\r" && newline == "\r" {
                break
            }
        }
        var s = String.UnicodeScalarView()
        if position < end { s.append(contentsOf: scalars[position..<end]) }
        position = max(position, end)
        return String(s)
    }

    func lines() -> [String] {
        var out: [String] = []
        while true {
            let l = readLine()
            if l.isEmpty { return out }
            out.append(l)
        }
    }

    override func iterate(_ vm: VM) throws -> [Value]? {
        try checkOpen()
        return lines().map { .str($0) }
    }

    func checkOpen() throws {
        if closed { throw PyException.make(.valueError, "I/O operation on closed file") }
    }

    override func attribute(_ vm: VM, _ name: String) throws -> Value? {
        switch name {
        case "closed": return .bool(closed)
        case "newlines": return Value.none
        default: return nil
        }
    }

    override func method(_ name: String) -> MethodFn? { PyStringIO.methods[name] }

    private static func io(_ v: Value) -> PyStringIO? { v.asNative as? PyStringIO }

    static let methods: [String: MethodFn] = [
        "write": { vm, r, a in
            try a.expect("write", min: 1, max: 1)
            guard let io = io(r) else { return .none }
            try io.checkOpen()
            guard let s = a[0].asStr else { throw PyException.make(.typeError, "string argument expected, got '\(typeName(a[0]))'") }
            let n = io.write(s.value)
            try vm.checkSize(io.count)
            return .int(n)
        },
        "getvalue": { _, r, a in
            try a.expect("getvalue", min: 0, max: 0)
            guard let io = io(r) else { return .none }
            try io.checkOpen()
            return .str(io.value)
        },
        "read": { _, r, a in
            try a.expect("read", min: 0, max: 1)
            guard let io = io(r) else { return .none }
            try io.checkOpen()
            io.settle()
            var n = io.scalars.count - io.position
            if let v = a.at(0), !v.isNone { n = try indexValue(v) < 0 ? n : min(n, try indexValue(v)) }
            guard n > 0 else { return .str("") }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: io.scalars[io.position..<io.position + n])
            io.position += n
            return .str(String(s))
        },
        "readline": { _, r, a in
            try a.expect("readline", min: 0, max: 1)
            guard let io = io(r) else { return .none }
            try io.checkOpen()
            let limit = try a.at(0).map { $0.isNone ? -1 : try indexValue($0) } ?? -1
            return .str(io.readLine(limit: limit))
        },
        "readlines": { _, r, a in
            try a.expect("readlines", min: 0, max: 1)
            guard let io = io(r) else { return .none }
            try io.checkOpen()
            return .list(io.lines().map { .str($0) })
        },
        "seek": { _, r, a in
            try a.expect("seek", min: 1, max: 2)
            guard let io = io(r) else { return .none }
            try io.checkOpen()
            let whence = try a.at(1).map { try indexValue($0) } ?? 0
            let pos = try indexValue(a[0])
            switch whence {
            case 0:
                if pos < 0 { throw PyException.make(.valueError, "Negative seek position \(pos)") }
                io.position = pos
            case 1, 2:
                if pos != 0 { throw PyException.make(.valueError, "Can't do nonzero cur-relative seeks") }
                if whence == 2 { io.position = io.count }
            default: throw PyException.make(.valueError, "Invalid whence (\(whence), should be 0, 1 or 2)")
            }
            return .int(io.position)
        },
        "tell": { _, r, a in
            try a.expect("tell", min: 0, max: 0)
            guard let io = io(r) else { return .none }
            try io.checkOpen()
            return .int(io.position)
        },
        "truncate": { _, r, a in
            try a.expect("truncate", min: 0, max: 1)
            guard let io = io(r) else { return .none }
            try io.checkOpen()
            io.settle()
            let size = try a.at(0).map { $0.isNone ? io.position : try indexValue($0) } ?? io.position
            if size < io.scalars.count { io.scalars.removeSubrange(size...) }
            return .int(size)
        },
        "close": { _, r, _ in
            io(r)?.closed = true
            return .none
        },
    ]
}
