/// A text as an array of Unicode scalars, the unit every matcher in the pipeline counts in.
typealias Scalars = [Unicode.Scalar]

extension Array where Element == Unicode.Scalar {
  /// The text of `range`.
  func string(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: self[range.clamped(to: indices)])
    return String(view)
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

extension PhraseMatcher.Match {
  /// The offsets the match covers.
  var range: Range<Int> { start..<end }
}
