import Foundation

/// `$ref` resolution (local pointers and anchors only) and the check that no reference cycle can loop
/// without descending into the instance.
extension SchemaCompiler {
    /// Points every `$ref` slot at its node, compiling targets that no keyword compiled (a schema kept
    /// under a custom keyword, say). Targets may add references of their own, hence the work list.
    mutating func resolveRefs() {
        var next = 0
        while next < pendingRefs.count {
            let (slot, ref, location) = pendingRefs[next]
            next += 1
            switch targetTokens(of: ref) {
            case .remote:
                problems.append(.unsupportedRef(location, ref: ref))
            case .missing:
                problems.append(.refTargetMissing(location, ref: ref))
            case .anchor(let id):
                refTargets[slot] = id
            case .pointer(let tokens):
                if let id = nodeByPath[tokens] {
                    refTargets[slot] = id
                } else if let value = Self.value(in: document, at: tokens) {
                    refTargets[slot] = compile(value, at: tokens, depth: tokens.count)
                } else {
                    problems.append(.refTargetMissing(location, ref: ref))
                }
            }
        }
    }

    private enum RefTarget {
        case pointer([String])
        case anchor(NodeID)
        case remote
        case missing
    }

    private func targetTokens(of ref: String) -> RefTarget {
        let base: Substring
        let fragment: Substring
        if let hash = ref.firstIndex(of: "#") {
            base = ref[..<hash]
            fragment = ref[ref.index(after: hash)...]
        } else {
            base = ref[...]
            fragment = ""
        }
        if !base.isEmpty {
            let ownID = document["$id"]?.stringValue.map { $0.hasSuffix("#") ? String($0.dropLast()) : $0 }
            guard let ownID, base == ownID[...] else { return .remote }
        }
        guard let decoded = String(fragment).removingPercentEncoding else { return .missing }
        if decoded.isEmpty { return .pointer([]) }
        guard decoded.hasPrefix("/") else {
            return anchors[decoded].map(RefTarget.anchor) ?? .missing
        }
        let tokens = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
        return .pointer(tokens)
    }

    /// The value at a JSON pointer's tokens, or `nil` when the path leads nowhere.
    static func value(in document: JSONValue, at tokens: [String]) -> JSONValue? {
        var current = document
        for token in tokens {
            switch current {
            case .object(let members):
                guard let next = members[token] else { return nil }
                current = next
            case .array(let items):
                guard let i = Int(token), i >= 0, i < items.count, token == String(i) else { return nil }
                current = items[i]
            default:
                return nil
            }
        }
        return current
    }

    /// The nodes a node evaluates against the same instance location (not descending into it).
    private func inPlaceEdges(_ id: NodeID) -> [NodeID] {
        guard case .checks(let checks) = nodes[id].body else { return [] }
        var out: [NodeID] = []
        for check in checks {
            switch check {
            case .ref(let slot, _): out.append(refTargets[slot])
            case .allOf(let ids), .anyOf(let ids), .oneOf(let ids): out += ids
            case .not(let n): out.append(n)
            case .conditional(let i, let t, let e): out += [i] + [t, e].compactMap { $0 }
            case .dependentSchemas(let rules): out += rules.map(\.node)
            default: break
            }
        }
        return out
    }

    /// Where to report a cycle: the first `$ref` in it (every cycle has one, the document being a tree).
    private func cycleSite(_ cycle: [NodeID]) -> String {
        for (from, to) in zip(cycle, cycle.dropFirst()) {
            guard case .checks(let checks) = nodes[from].body else { continue }
            for check in checks {
                if case .ref(let slot, _) = check, refTargets[slot] == to { return nodes[from].location + "/$ref" }
            }
        }
        return nodes[cycle[0]].location
    }

    /// Reports each cycle of in-place edges once: such a cycle recurses forever on any instance that reaches it.
    mutating func findCycles() {
        enum Mark { case unseen, onStack, done }
        var marks = [Mark](repeating: .unseen, count: nodes.count)
        for start in nodes.indices where marks[start] == .unseen {
            // Iterative depth-first search; each frame is a node and its remaining edges.
            var stack: [(node: NodeID, edges: [NodeID])] = [(start, inPlaceEdges(start))]
            marks[start] = .onStack
            while !stack.isEmpty {
                guard let next = stack[stack.count - 1].edges.popLast() else {
                    marks[stack.removeLast().node] = .done
                    continue
                }
                switch marks[next] {
                case .unseen:
                    marks[next] = .onStack
                    stack.append((next, inPlaceEdges(next)))
                case .onStack:
                    guard let from = stack.firstIndex(where: { $0.node == next }) else { continue }
                    let cycle = stack[from...].map(\.node) + [next]
                    problems.append(.refCycle(cycleSite(cycle), chain: cycle.map { nodes[$0].location }))
                case .done:
                    break
                }
            }
        }
    }
}
