#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Frees nested containers with bounded recursion.
///
/// Dropping the last reference to a list that holds a list that holds a list ... runs one
/// `deinit` inside another, and a script can nest 100,000 levels deep: enough to overflow the
/// native stack. Container deinits release their children directly while fewer than `maxDepth`
/// of them are running on the thread (the usual case, with no extra pass over the children);
/// deeper ones hand their children to this per-thread queue, which the outermost deinit drains
/// in a loop, so the depth of native frames stays bounded.
final class ReleaseQueue {
    private var pending: [Value] = []
    private var draining = false
    /// Container deinits running on this thread, one inside another.
    private var depth = 0
    private static let maxDepth = 32

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

    /// Releases `values`: directly when few deinits are running, else through the thread's queue.
    static func release(_ values: inout [Value]) {
        let q = current
        if q.depth < maxDepth {
            q.depth += 1
            values = []
            q.depth -= 1
        } else if values.contains(where: \.mayHoldChildren) {
            q.enqueue(&values)
        }
        q.drainIfOutermost()
    }

    /// Releases the keys and values of `table` the same way.
    static func release(_ table: inout HashTable) {
        let q = current
        if q.depth < maxDepth {
            q.depth += 1
            table = HashTable()
            q.depth -= 1
        } else if table.mayHoldChildren {
            var all = table.takeAll()
            q.enqueue(&all)
        }
        q.drainIfOutermost()
    }

    /// Moves `values` onto the queue.
    private func enqueue(_ values: inout [Value]) {
        if pending.isEmpty {
            // Take the array over as it is: copying it would retain (and later release) every value.
            swap(&pending, &values)
        } else {
            // Moved over, not copied: no retain and release of every element.
            let n = values.count
            pending.reserveCapacity(pending.count + n)
            values.withUnsafeMutableBufferPointer { src in
                guard let base = src.baseAddress else { return }
                for i in 0..<n { pending.append((base + i).move()) }
                base.initialize(repeating: .none, count: n)
            }
            values = []
        }
    }

    /// Frees what deeper deinits queued, once the outermost one is done.
    private func drainIfOutermost() {
        guard depth == 0, !draining, !pending.isEmpty else { return }
        draining = true
        while !pending.isEmpty { _ = pending.removeLast() }
        draining = false
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
