internal import CLibCrypto

/// The hashing and random values the sign-in needs: SHA-256 (libcrypto), tokens from the
/// system's secure random generator, and comparisons that take the same time wherever two
/// values differ.
enum TokenDigest {
  /// The SHA-256 digest of `text`'s UTF-8 bytes, as 64 lower-case hex digits.
  static func sha256Hex(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var digest = [UInt8](repeating: 0, count: 32)
    var size: UInt32 = 0
    let succeeded = bytes.withUnsafeBytes { input in
      digest.withUnsafeMutableBufferPointer { output in
        EVP_Digest(input.baseAddress, input.count, output.baseAddress, &size, EVP_sha256(), nil)
      }
    }
    guard succeeded == 1, size == 32 else {
      preconditionFailure("libcrypto's SHA-256 failed")
    }
    return hex(digest)
  }

  /// `count` random bytes written in URL-safe base64 without padding (`A–Z a–z 0–9 - _`).
  static func randomToken(bytes count: Int = 32) -> String {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    return base64URL(bytes)
  }

  /// Whether `text` has the shape of a token this type makes: 43 URL-safe base64 characters.
  static func isWellFormedToken(_ text: String) -> Bool {
    text.utf8.count == 43 && text.utf8.allSatisfy { alphabet.contains($0) }
  }

  /// Compares two strings in time that depends only on their lengths.
  static func constantTimeEqual(_ left: String, _ right: String) -> Bool {
    let a = Array(left.utf8)
    let b = Array(right.utf8)
    guard a.count == b.count else { return false }
    var difference: UInt8 = 0
    for index in a.indices { difference |= a[index] ^ b[index] }
    return difference == 0
  }
}

// MARK: - Helpers

extension TokenDigest {
  fileprivate static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8
  )

  fileprivate static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef")
    var text = ""
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0F)])
    }
    return text
  }

  fileprivate static func base64URL(_ bytes: [UInt8]) -> String {
    var text = ""
    var index = 0
    while index < bytes.count {
      let chunk = bytes[index..<min(index + 3, bytes.count)]
      var value: UInt32 = 0
      for (offset, byte) in chunk.enumerated() { value |= UInt32(byte) << (16 - 8 * offset) }
      for position in 0..<(chunk.count + 1) {
        text.append(Character(Unicode.Scalar(alphabet[Int((value >> (18 - 6 * position)) & 63)])))
      }
      index += 3
    }
    return text
  }
}
