/// A path into a JSON value: `data.items`, `results[0].id`, `$` (or empty) for the whole value.
public struct ValuePath: Sendable, Equatable, CustomStringConvertible {
    enum Step: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    let steps: [Step]
    public let description: String

    /// Parses `text`; nil when it is malformed (`a..b`, `a[x]`, `a[`).
    public init?(_ text: String) {
        description = text
        var steps: [Step] = []
        var s = Substring(text)
        if s.hasPrefix("$") { s = s.dropFirst() }
        if s.hasPrefix(".") { s = s.dropFirst() }
        var key = ""
        var i = s.startIndex
        var afterBracket = false
        while i < s.endIndex {
            let c = s[i]
            if c == "." {
                if key.isEmpty && !afterBracket { return nil }
                if !key.isEmpty { steps.append(.key(key)) }
                key = ""
                afterBracket = false
                i = s.index(after: i)
                if i == s.endIndex { return nil }
            } else if c == "[" {
                if !key.isEmpty { steps.append(.key(key)) }
                key = ""
                guard let close = s[i...].firstIndex(of: "]"), let n = Int(s[s.index(after: i)..<close]) else { return nil }
                steps.append(.index(n))
                i = s.index(after: close)
                afterBracket = true
            } else {
                if afterBracket { return nil }
                key.append(c)
                i = s.index(after: i)
            }
        }
        if !key.isEmpty { steps.append(.key(key)) }
        self.steps = steps
    }

    /// The value at this path, or nil when a step is missing. Negative indexes count from the end.
    public func select(_ value: JSONValue) -> JSONValue? {
        var v = value
        for step in steps {
            switch step {
            case .key(let k):
                guard let next = v[k] else { return nil }
                v = next
            case .index(let n):
                guard case .array(let a) = v else { return nil }
                let i = n < 0 ? a.count + n : n
                guard i >= 0 && i < a.count else { return nil }
                v = a[i]
            }
        }
        return v
    }
}
