import BigInt

/// Big integer helpers for expectations.
enum BigIntLiteral {
    static func pow2(_ n: Int) -> BigInt { BigInt(1) << n }
}
