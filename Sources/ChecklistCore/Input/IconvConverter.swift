#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns one iconv conversion descriptor and converts whole buffers with it.
final class IconvConverter {
  /// The result of a conversion: the output bytes, or the input offset where it failed.
  enum Outcome {
    case success([UInt8])
    case failure(offset: Int)
  }

  private let descriptor: iconv_t

  /// Opens a converter, or returns `nil` when iconv does not know the encodings.
  init?(from source: String, to target: String) {
    let descriptor = iconv_open(target, source)
    guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
    self.descriptor = descriptor
  }

  deinit {
    iconv_close(descriptor)
  }

  /// Converts all of `input`, stopping at the first invalid or incomplete sequence.
  func convert(_ input: [UInt8]) -> Outcome {
    var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
    var inputCopy = input
    let result: Outcome = inputCopy.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else {
          return .success([])
        }
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase)
          .assumingMemoryBound(to: CChar.self)
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase)
          .assumingMemoryBound(to: CChar.self)
        var inLeft = inBuffer.count
        var outLeft = outBuffer.count
        let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
        if status == -1 || inLeft > 0 {
          return .failure(offset: inBuffer.count - inLeft)
        }
        return .success(Array(outBuffer[0..<(outBuffer.count - outLeft)]))
      }
    }
    return result
  }
}
