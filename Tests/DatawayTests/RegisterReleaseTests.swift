import Synchronization
import Testing

@testable import Dataway

/// `store` frees an object that only the register held without atomic instructions; these tests
/// check that it frees exactly such objects, exactly once, also while other threads share others.
@Suite("Releasing registers")
struct RegisterReleaseTests {
    /// Counts its deinits.
    final class Probe: PyObject {
        let freed: Counter
        init(_ freed: Counter) {
            self.freed = freed
            super.init(kind: .other)
        }
        deinit { freed.value.add(1, ordering: .relaxed) }
    }

    /// A reference handed to other threads on purpose: what is under test is that their retains and
    /// releases of one object stay correct. (@unchecked: `Probe` is not `Sendable`, and sharing it
    /// is the point; its only state is the thread-safe counter.)
    struct Shared: @unchecked Sendable {
        let object: Unmanaged<Probe>
    }

    /// A counter the probes share (an atomic in a class, so that probes can hold it).
    final class Counter: Sendable {
        let value = Atomic<Int>(0)
        var count: Int { value.load(ordering: .relaxed) }
    }

    @Test("a value only the register held is freed; one also held elsewhere stays alive")
    func storeFreesOnlyUnshared() {
        let counter = Counter()
        let slot = UnsafeMutablePointer<Value>.allocate(capacity: 1)
        defer { slot.deallocate() }
        slot.initialize(to: .object(Probe(counter)))
        store(slot, .int(1))
        #expect(counter.count == 1)

        var kept: Probe? = Probe(counter)
        if let kept { slot.initialize(to: .object(kept)) }
        store(slot, .none)
        #expect(counter.count == 1)
        kept = nil
        #expect(counter.count == 2)

        // Overwriting a register with the object it already holds keeps the object.
        let same = Probe(counter)
        slot.initialize(to: .object(same))
        store(slot, .object(same))
        #expect(counter.count == 2)
        store(slot, .undefined)
        #expect(counter.count == 2)
        withExtendedLifetime(same) {}
    }

    @Test("registers on many threads storing and dropping one shared object keep its count right")
    func sharedAcrossThreads() async {
        let counter = Counter()
        var shared: Probe? = Probe(counter)
        let object = Shared(object: Unmanaged.passUnretained(shared.unsafelyUnwrapped))
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let slot = UnsafeMutablePointer<Value>.allocate(capacity: 1)
                    defer { slot.deallocate() }
                    slot.initialize(to: .none)
                    for i in 0..<20_000 {
                        // Each thread takes its own reference, then drops it through `store`;
                        // every other iteration also frees an object of its own.
                        store(slot, .object(object.object.takeUnretainedValue()))
                        store(slot, i % 2 == 0 ? .object(Probe(counter)) : .none)
                    }
                    store(slot, .none)
                }
            }
        }
        #expect(counter.count == 8 * 10_000)
        shared = nil
        #expect(counter.count == 8 * 10_000 + 1)
    }
}
