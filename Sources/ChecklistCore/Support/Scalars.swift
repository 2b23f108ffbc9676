/// A text as an array of Unicode scalars, the unit every matcher in the pipeline counts in.
typealias Scalars = [Unicode.Scalar]

extension Array where Element == Unicode.Scalar {
  /// The text of `range`.
  func string(_ range: Range<Int>) -> String {
    String(scalars: self[range.clamped(to: indices)])
  }

  /// Whether the scalars of `range` end with `suffix`.
  func hasSuffix(_ suffix: Scalars, in range: Range<Int>) -> Bool {
    suffix.count <= range.count
      && self[(range.upperBound - suffix.count)..<range.upperBound].elementsEqual(suffix)
  }

  /// The text from `start` to the end.
  func string(from start: Int) -> String {
    string(start..<count)
  }
}

extension String {
  /// The string of `scalars`, encoded into UTF-8 in one buffer: much cheaper than appending
  /// scalars to a `String.UnicodeScalarView` one by one.
  ///
  /// - Parameter scalars: The scalars.
  init<Scalars: Sequence<Unicode.Scalar>>(scalars: Scalars) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.underestimatedCount * 3)
    for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
    self = String(decoding: bytes, as: UTF8.self)
  }
}

extension PhraseMatcher.Match {
  /// The offsets the match covers.
  var range: Range<Int> { start..<end }
}
