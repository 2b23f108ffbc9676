import Foundation

/// A tracker file as a list of lines, each kept with its own line break, so that writing it back
/// reproduces every byte that was not deliberately changed.
///
/// Task lines are parsed into ``TrackerTask`` values; headings, notes, comments, prose and blank
/// lines are kept verbatim. The operations in `TrackerDocument+Editing.swift` replace, insert or
/// append whole lines and never touch the others.
public struct TrackerDocument: Sendable, Hashable {
  /// The file's path as the user gave it; used in locations.
  public var file: String
  /// The encoding the file is written back in.
  public var encoding: TrackerEncoding
  /// The lines, in order.
  public internal(set) var lines: [TrackerLine]
  /// Lines that look like tasks but break the format; they are kept as they are and not tracked.
  public internal(set) var warnings: [TrackerWarning]
  /// The ids named on such lines, which a sync must not add again.
  public internal(set) var reservedIDs: Set<String>
  /// The line that closes a code block or comment left open at the end of the file, if any.
  var openBlockCloser: String?

  /// Parses a tracker's bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's content: UTF-8 with or without a byte-order mark, UTF-16 with one, or
  ///     GB18030. Empty bytes give an empty tracker.
  ///   - file: The file's path, for locations.
  /// - Throws: ``TrackerError/input(_:)`` when the bytes are not text or more than
  ///   ``Limits/maximumInputBytes``, and
  ///   ``TrackerError/duplicateID(id:first:second:)`` when two tasks share an id.
  public init(parsing bytes: [UInt8], file: String) throws(TrackerError) {
    guard bytes.count <= Limits.maximumInputBytes else {
      throw .input(.tooLarge(file: file, bytes: bytes.count, limit: Limits.maximumInputBytes))
    }
    let encoding = TrackerEncoding.detect(bytes)
    let text: String
    do {
      // A tracker may be empty or hold only blank lines, which a speech may not.
      text = try InputDecoder().decodeAllowingBlank(bytes, file: file)
    } catch {
      throw .input(error)
    }
    try self.init(text: text, file: file, encoding: encoding)
  }

  /// Parses a tracker's text.
  ///
  /// - Parameters:
  ///   - text: The decoded text, without a byte-order mark.
  ///   - file: The file's path, for locations.
  ///   - encoding: The encoding to write it back in.
  /// - Throws: ``TrackerError/duplicateID(id:first:second:)`` when two tasks share an id.
  public init(text: String, file: String, encoding: TrackerEncoding = .utf8) throws(TrackerError) {
    self.file = file
    self.encoding = encoding
    self.lines = []
    self.warnings = []
    self.reservedIDs = []
    self.openBlockCloser = nil
    var firstLine: [String: Int] = [:]
    var fence: String?
    var inComment = false
    for (index, (lineText, ending)) in Self.split(text).enumerated() {
      var line = TrackerLine(text: lineText, ending: ending)
      defer { lines.append(line) }
      // A task commented out keeps its id: a sync must not add it again.
      if inComment || fence != nil || lineText.contains("<!--") {
        reservedIDs.formUnion(Self.commentedIDs(in: lineText))
      }
      if inComment {
        inComment = !lineText.contains("-->")
        line.isInsideBlock = true
        continue
      }
      let trimmed = lineText.trimmingWhitespace()
      if let open = fence {
        if trimmed.hasPrefix(open) { fence = nil }
        line.isInsideBlock = true
        continue
      }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        fence = String(trimmed.prefix(3))
        line.isInsideBlock = true
        continue
      }
      if let opening = lineText.range(of: "<!--", options: .backwards),
        !lineText[opening.upperBound...].contains("-->")
      {
        inComment = true
      }
      let location = SourceLocation(file: file, line: index + 1)
      if let first = lineText.first, TrackerTask.isSpace(first),
        let id = Self.taskID(in: trimmed)
      {
        // Indented, it reads as a note (or code) in Markdown; the id is the person's all the same.
        warnings.append(
          TrackerWarning(
            location: location,
            message: "an indented task line is not tracked (it reads as a note of the line "
              + "above); remove the indentation to track it"
          )
        )
        reservedIDs.insert(id)
        continue
      }
      switch TrackerTask.parse(lineText) {
      case .notATask:
        break
      case .malformed(let problem, let id):
        warnings.append(TrackerWarning(location: location, message: problem))
        if let id { reservedIDs.insert(id) }
      case .task(let task):
        if let first = firstLine[task.id] {
          throw .duplicateID(
            id: task.id,
            first: SourceLocation(file: file, line: first),
            second: location
          )
        }
        firstLine[task.id] = index + 1
        line = TrackerLine(task: task, ending: ending)
      }
    }
    openBlockCloser = inComment ? "-->" : fence
  }

  /// The whole text, line breaks included, without a byte-order mark.
  public var text: String {
    var text = ""
    for line in lines {
      text += line.text
      text += line.ending.rawValue
    }
    return text
  }

  /// The file's bytes in its own encoding, with its byte-order mark if it had one.
  ///
  /// - Returns: The bytes to write.
  /// - Throws: ``TrackerError/unencodable(file:encoding:)`` when the encoding cannot hold the text.
  public func encoded() throws(TrackerError) -> [UInt8] {
    guard let bytes = encoding.encode(text) else {
      throw .unencodable(file: file, encoding: encoding)
    }
    return bytes
  }

  /// Every task, in file order, with its department heading and line.
  public var tasks: [TrackedTask] {
    var department: String?
    var tasks: [TrackedTask] = []
    for (index, line) in lines.enumerated() {
      if let heading = line.heading, heading.level <= 2 {
        department = heading.level == 2 ? heading.title : nil
      }
      if let task = line.task {
        tasks.append(
          TrackedTask(
            task: task,
            department: department,
            location: SourceLocation(file: file, line: index + 1)
          )
        )
      }
    }
    return tasks
  }

  /// The titles of the `## ` headings, in file order, without repeats.
  public var departments: [String] {
    var seen: Set<String> = []
    return lines.compactMap { line in
      guard let heading = line.heading, heading.level == 2, seen.insert(heading.title).inserted
      else { return nil }
      return heading.title
    }
  }

  /// Every department the tracker names: the `## ` headings, then the co-leads (`lead:`) and
  /// supporting departments (`with:`) of its tasks, in order of first mention, without repeats.
  public var departmentNames: [String] {
    var seen: Set<String> = []
    var names = departments.filter { seen.insert($0).inserted }
    for tracked in tasks {
      names += (tracked.task.coLeads + tracked.task.supports).filter { seen.insert($0).inserted }
    }
    return names
  }

  /// The index in ``lines`` of the task whose id is `prefix` or starts with it.
  ///
  /// An id equal to `prefix` wins over longer ids that start with it.
  ///
  /// - Parameter prefix: A whole id or the start of one.
  /// - Returns: The line's index (0-based).
  /// - Throws: ``TrackerError/unknownID(prefix:file:)`` or
  ///   ``TrackerError/ambiguousID(prefix:matches:file:)``.
  public func lineIndex(ofTask prefix: String) throws(TrackerError) -> Int {
    var matches: [(index: Int, id: String)] = []
    for (index, line) in lines.enumerated() {
      guard let id = line.task?.id else { continue }
      if id == prefix { return index }
      if !prefix.isEmpty && id.hasPrefix(prefix) { matches.append((index, id)) }
    }
    guard let only = matches.first else { throw .unknownID(prefix: prefix, file: file) }
    guard matches.count == 1 else {
      throw .ambiguousID(prefix: prefix, matches: matches.map(\.id), file: file)
    }
    return only.index
  }
}

// MARK: - Helpers

extension TrackerDocument {
  /// The line break new lines get: the file's first one, or `\n` for a file without any.
  var preferredEnding: LineEnding {
    lines.first { $0.ending != .none }?.ending ?? .lf
  }
}

extension TrackerDocument {
  /// The id of the task line `text` (well-formed or not), if it is one.
  fileprivate static func taskID(in text: String) -> String? {
    switch TrackerTask.parse(text) {
    case .notATask: nil
    case .task(let task): task.id
    case .malformed(_, let id): id
    }
  }

  /// The ids of the task lines in a line that is (or holds) a comment or code: each piece
  /// between `<!--` and `-->` read as a line of its own.
  fileprivate static func commentedIDs(in text: String) -> [String] {
    text.components(separatedBy: "<!--")
      .flatMap { $0.components(separatedBy: "-->") }
      .compactMap { taskID(in: $0.trimmingWhitespace()) }
  }

  /// Splits text at `\n`, `\r\n` and `\r`, keeping each line's break.
  fileprivate static func split(_ text: String) -> [(String, LineEnding)] {
    let bytes = Array(text.utf8)
    var result: [(String, LineEnding)] = []
    var start = 0
    var index = 0
    func cut(_ ending: LineEnding) {
      result.append((String(decoding: bytes[start..<index], as: UTF8.self), ending))
    }
    while index < bytes.count {
      switch bytes[index] {
      case 0x0A:
        cut(.lf)
        index += 1
        start = index
      case 0x0D:
        let crlf = index + 1 < bytes.count && bytes[index + 1] == 0x0A
        cut(crlf ? .crlf : .cr)
        index += crlf ? 2 : 1
        start = index
      default:
        index += 1
      }
    }
    if start < bytes.count {
      index = bytes.count
      cut(.none)
    }
    return result
  }
}
