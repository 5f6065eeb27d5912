import CHeap

/// Process-wide settings for a host that runs many scripts.
public enum DatawayProcess {
    /// Tunes the C allocator for the interpreter: scripts make and drop many small objects between
    /// larger allocations, a pattern for which glibc's fastbins cost more than they save (their
    /// repeated consolidation measured 3–12% of the benchmark workloads' time). Call once, early,
    /// from the executable (it changes the allocator for the whole process); no effect off glibc.
    public static func tuneAllocator() {
        cheap_tune_allocator()
    }
}
