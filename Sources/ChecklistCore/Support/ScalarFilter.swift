/// A bit per scalar value modulo a power of two: a quick, conservative membership test.
///
/// `mayContain` is `false` only for scalars that were never added; scalars that share a bit
/// with an added one answer `true`. Callers use it to skip work that cannot apply, never to
/// decide, so a shared bit costs time and never changes a result.
struct ScalarFilter: Sendable {
  private var bits: [UInt64]
  private let mask: UInt32

  /// An empty filter of `size` bits.
  ///
  /// - Parameter size: A power of two, at least 64.
  init(size: Int) {
    bits = [UInt64](repeating: 0, count: max(size, 64) / 64)
    mask = UInt32(bits.count * 64 - 1)
  }

  /// A filter of `size` bits holding `scalars`.
  ///
  /// - Parameters:
  ///   - size: A power of two, at least 64.
  ///   - scalars: The scalars to add.
  init<Scalars: Sequence<Unicode.Scalar>>(size: Int, _ scalars: Scalars) {
    self.init(size: size)
    for scalar in scalars { insert(scalar) }
  }

  /// Adds `scalar`.
  mutating func insert(_ scalar: Unicode.Scalar) {
    let bit = scalar.value & mask
    bits[Int(bit >> 6)] |= 1 << (bit & 63)
  }

  /// Whether `scalar` may have been added; `false` means it was not.
  func mayContain(_ scalar: Unicode.Scalar) -> Bool {
    mayContain(value: scalar.value)
  }

  /// Whether the scalar of value `value` may have been added; `false` means it was not.
  func mayContain(value: UInt32) -> Bool {
    let bit = value & mask
    return bits[Int(bit >> 6)] & (1 << (bit & 63)) != 0
  }
}
