/// One line of a tracker file: its text, its line break, and the task it holds if it is one.
public struct TrackerLine: Sendable, Hashable {
  /// The line's text without its line break.
  public private(set) var text: String
  /// The line break that ends it.
  public var ending: LineEnding
  /// The task on this line, when it is a well-formed task line outside code blocks and comments.
  public private(set) var task: TrackerTask?
  /// Whether the line is inside (or delimits) a fenced code block or a multi-line HTML comment,
  /// where nothing is a task or a heading.
  public internal(set) var isInsideBlock = false

  /// Creates a line that holds no task.
  ///
  /// - Parameters:
  ///   - text: The text without its line break.
  ///   - ending: The line break.
  public init(text: String, ending: LineEnding) {
    self.text = text
    self.ending = ending
    self.task = nil
  }

  /// Creates a task line.
  ///
  /// - Parameters:
  ///   - task: The task; its ``TrackerTask/line`` is the text.
  ///   - ending: The line break.
  public init(task: TrackerTask, ending: LineEnding) {
    self.text = task.line
    self.ending = ending
    self.task = task
  }

  /// The heading level (1 to 6) and title when the line is an ATX heading such as `## 卫健委`;
  /// the title is read as Markdown (``MarkdownText/unescaped(_:)``).
  public var heading: (level: Int, title: String)? {
    guard !isInsideBlock, text.hasPrefix("#") else { return nil }
    let level = text.prefix { $0 == "#" }.count
    guard level <= 6 else { return nil }
    let rest = text.dropFirst(level)
    guard rest.isEmpty || rest.first.map(TrackerTask.isSpace) == true else { return nil }
    var title = rest.trimmingWhitespace()
    // A closing sequence of #s is not part of the title.
    if let last = title.lastIndex(where: { $0 != "#" }), title.last == "#",
      title[last] == " "
    {
      title = String(title[..<last]).trimmingWhitespace()
    }
    return (level, MarkdownText.unescaped(title))
  }

  /// Whether the line holds only white space.
  public var isBlank: Bool {
    text.allSatisfy(\.isWhitespace)
  }

  /// Whether the line starts with white space and holds something: a note under a task.
  public var isIndented: Bool {
    (text.first.map(TrackerTask.isSpace) ?? false) && !isBlank
  }
}
