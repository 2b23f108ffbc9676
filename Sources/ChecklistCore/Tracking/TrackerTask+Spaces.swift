extension TrackerTask {
  /// Whether `character` is a space as a person types one between the parts of a task line:
  /// a space or a tab, and the no-break and ideographic (full-width) spaces that editors and
  /// Chinese input methods put where a space was meant.
  ///
  /// - Parameter character: A character of a line.
  /// - Returns: `true` for a space between words.
  static func isSpace(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
      return false
    }
    return scalar.properties.isWhitespace && !character.isNewline
  }

  /// `text` with every `id:` that follows a space (or starts the text) written `id：` with a
  /// full-width colon, so that no word of a task's text is read as its id.
  ///
  /// - Parameter text: A task's text.
  /// - Returns: The text.
  static func withoutIDFields(_ text: String) -> String {
    var result = ""
    var previous: Character?
    var rest = Substring(text)
    while let character = rest.first {
      if character == "i", rest.hasPrefix("id:"), previous.map(isSpace) ?? true {
        result += "id："
        rest = rest.dropFirst(3)
        previous = "："
        continue
      }
      result.append(character)
      previous = character
      rest = rest.dropFirst()
    }
    return result
  }
}
