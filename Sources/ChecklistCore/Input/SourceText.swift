/// The text of one input file as lines, each remembering its line number in the original file.
///
/// Every stage that drops or rewrites text keeps ``SourceLine/number`` so that a directive can
/// always be traced back to where it stood in what the user gave the tool.
public struct SourceText: Sendable, Equatable {
  /// The file's name as the user gave it.
  public var file: String
  /// The lines, in order; lines dropped by a stage are gone, the others keep their numbers.
  public var lines: [SourceLine]

  /// Creates a text from lines.
  ///
  /// - Parameters:
  ///   - file: The file's name.
  ///   - lines: The lines.
  public init(file: String, lines: [SourceLine]) {
    self.file = file
    self.lines = lines
  }

  /// Splits decoded text at `\n`, `\r\n` and `\r`, numbering lines from 1.
  ///
  /// - Parameters:
  ///   - file: The file's name.
  ///   - text: The decoded text.
  public init(file: String, text: String) {
    self.file = file
    var lines: [SourceLine] = []
    var current = String.UnicodeScalarView()
    var number = 1
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = scalar == "\r"
      if scalar == "\n" || scalar == "\r" {
        lines.append(SourceLine(number: number, text: String(current)))
        current = String.UnicodeScalarView()
        number += 1
      } else {
        current.append(scalar)
      }
    }
    if !current.isEmpty { lines.append(SourceLine(number: number, text: String(current))) }
    self.lines = lines
  }
}

/// One line of a ``SourceText``.
public struct SourceLine: Sendable, Equatable {
  /// The 1-based line number in the original file.
  public var number: Int
  /// The line's text, without its line break.
  public var text: String

  /// Creates a line.
  ///
  /// - Parameters:
  ///   - number: The 1-based line number in the original file.
  ///   - text: The text.
  public init(number: Int, text: String) {
    self.number = number
    self.text = text
  }
}
