import BigInt
import Crypto

/// CPython's random generator: MT19937 with `init_by_array` seeding, `random()` from two 32-bit
/// outputs, and `getrandbits`. Seeded alike, it gives exactly CPython's sequence.
struct MersenneTwister {
    private static let n = 624
    private static let m = 397
    private var mt = [UInt32](repeating: 0, count: 624)
    private var index = 625
    /// `random.gauss`'s cached second value.
    var gaussNext: Double?

    init(seed: BigInt) { self.seed(seed) }

    /// Seeds from system entropy, as CPython does with `seed(None)`.
    init() {
        var g = SystemRandomNumberGenerator()
        initByArray((0..<MersenneTwister.n).map { _ in UInt32.random(in: .min ... .max, using: &g) })
    }

    /// `random.seed(int)`: the absolute value's 32-bit words, little end first.
    mutating func seed(_ value: BigInt) {
        var mag = value.magnitude
        var key: [UInt32] = []
        while mag > 0 {
            key.append(UInt32(truncatingIfNeeded: mag & 0xFFFF_FFFF))
            mag >>= 32
        }
        if key.isEmpty { key = [0] }
        initByArray(key)
        gaussNext = nil
    }

    /// `random.seed(str/bytes)` (version 2): the bytes followed by their SHA-512, as a big-endian int.
    mutating func seed(bytes: [UInt8]) {
        var v = BigUInt(0)
        for b in bytes + Array(SHA512.hash(data: bytes)) { v = v << 8 | BigUInt(b) }
        seed(BigInt(v))
    }

    private mutating func initGenrand(_ s: UInt32) {
        mt[0] = s
        for i in 1..<MersenneTwister.n {
            mt[i] = 1_812_433_253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
        index = MersenneTwister.n
    }

    private mutating func initByArray(_ key: [UInt32]) {
        let n = MersenneTwister.n
        initGenrand(19_650_218)
        var i = 1
        var j = 0
        var k = max(n, key.count)
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= n {
                mt[0] = mt[n - 1]
                i = 1
            }
            if j >= key.count { j = 0 }
            k -= 1
        }
        k = n - 1
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n {
                mt[0] = mt[n - 1]
                i = 1
            }
            k -= 1
        }
        mt[0] = 0x8000_0000
    }

    mutating func next32() -> UInt32 {
        let n = MersenneTwister.n
        let m = MersenneTwister.m
        if index >= n {
            for kk in 0..<n {
                let y = (mt[kk] & 0x8000_0000) | (mt[(kk + 1) % n] & 0x7FFF_FFFF)
                mt[kk] = mt[(kk + m) % n] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
            }
            index = 0
        }
        var y = mt[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// `random.random()`: 53 bits in [0, 1).
    mutating func random() -> Double {
        let a = Double(next32() >> 5)
        let b = Double(next32() >> 6)
        return (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.getrandbits(k)`.
    mutating func bits(_ k: Int) -> BigInt {
        if k == 0 { return 0 }
        if k <= 32 { return BigInt(next32() >> UInt32(32 - k)) }
        var words: [UInt32] = []
        var left = k
        while left > 0 {
            var r = next32()
            if left < 32 { r >>= UInt32(32 - left) }
            words.append(r)
            left -= 32
        }
        var out = BigUInt(0)
        for w in words.reversed() { out = out << 32 | BigUInt(w) }
        return BigInt(out)
    }

    /// `_randbelow(n)` (getrandbits-based rejection sampling), for `n > 0`.
    mutating func below(_ n: BigInt) -> BigInt {
        let k = n.magnitude.bitWidth
        var r = bits(k)
        while r >= n { r = bits(k) }
        return r
    }

    /// `_randbelow` for machine-size `n`.
    mutating func below(_ n: Int) -> Int {
        let k = Int.bitWidth - n.leadingZeroBitCount
        if k <= 32 {
            var r = k == 0 ? 0 : Int(next32() >> UInt32(32 - k))
            while r >= n { r = k == 0 ? 0 : Int(next32() >> UInt32(32 - k)) }
            return r
        }
        return Int(below(BigInt(n)))
    }
}
