#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Frees nested containers without recursion.
///
/// Dropping the last reference to a list that holds a list that holds a list ... would run one
/// `deinit` inside another, and a script can nest 100,000 levels deep: enough to overflow the
/// native stack. Container deinits hand their children to this per-thread queue instead; the
/// outermost deinit drains it in a loop, so the depth of native frames stays constant.
final class ReleaseQueue {
    private var pending: [Value] = []
    private var draining = false

    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k) { p in
            #if canImport(Darwin)
                Unmanaged<ReleaseQueue>.fromOpaque(p).release()
            #else
                if let p { Unmanaged<ReleaseQueue>.fromOpaque(p).release() }
            #endif
        }
        return k
    }()

    private static var current: ReleaseQueue {
        if let p = pthread_getspecific(key) { return Unmanaged<ReleaseQueue>.fromOpaque(p).takeUnretainedValue() }
        let q = ReleaseQueue()
        pthread_setspecific(key, Unmanaged.passRetained(q).toOpaque())
        return q
    }

    /// Releases `values`, deferring any container among them to the thread's queue.
    static func release(_ values: inout [Value]) {
        guard values.contains(where: \.mayHoldChildren) else { return }
        let q = current
        if q.pending.isEmpty {
            // Take the array over as it is: copying it would retain (and later release) every value.
            swap(&q.pending, &values)
        } else {
            // Moved over, not copied: no retain and release of every element.
            let n = values.count
            q.pending.reserveCapacity(q.pending.count + n)
            values.withUnsafeMutableBufferPointer { src in
                guard let base = src.baseAddress else { return }
                for i in 0..<n { q.pending.append((base + i).move()) }
                base.initialize(repeating: .none, count: n)
            }
            values = []
        }
        if q.draining { return }
        q.draining = true
        while !q.pending.isEmpty { _ = q.pending.removeLast() }
        q.draining = false
    }
}

extension Value {
    /// Containers and other objects whose deinit releases further values.
    var mayHoldChildren: Bool {
        guard case .object(let o) = self else { return false }
        switch o.kind {
        case .list, .tuple, .dict, .set, .frozenset, .function, .cell, .exception, .iterator, .boundMethod, .dictView,
            .message, .multimap:
            return true
        default: return false
        }
    }
}
