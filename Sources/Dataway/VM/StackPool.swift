import Synchronization

/// Register stacks kept between runs. A stack is large (`VM.stackCapacity` values, about 1 MiB);
/// allocating and freeing one per run made every short run (a template, a small adapter) pay for
/// the allocator handing that memory back to the system and faulting it in again, which showed as
/// tens of microseconds per operation in the runtime. Runs return their stack here, uninitialised.
enum StackPool {
    /// Stacks held at most (the rest are freed): about as many as runs in flight at once.
    static let limit = 16
    /// Addresses of free stacks (integers, so the pool is plainly `Sendable`).
    static let free = Mutex<[UInt]>([])

    static func take() -> UnsafeMutablePointer<Value> {
        if let address = free.withLock({ $0.popLast() }), let pointer = UnsafeMutablePointer<Value>(bitPattern: address) {
            return pointer
        }
        return UnsafeMutablePointer<Value>.allocate(capacity: VM.stackCapacity)
    }

    /// Takes back a stack whose values are already deinitialised.
    static func give(_ stack: UnsafeMutablePointer<Value>) {
        let kept = free.withLock { list -> Bool in
            guard list.count < limit else { return false }
            list.append(UInt(bitPattern: stack))
            return true
        }
        if !kept { stack.deallocate() }
    }
}
