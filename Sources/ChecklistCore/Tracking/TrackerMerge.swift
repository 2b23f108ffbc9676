/// A three-way merge of tracker files, for `checklist merge BASE OURS THEIRS` as a git merge
/// driver: two offices that edit one tracker each get the other's work.
///
/// Each file is read as a sequence of blocks: a task (its line and the indented notes under it),
/// known by its id, or any other line, known by its text. The sequences are merged as `diff3`
/// merges lines (``Diff3``), so headings, prose and comments merge like text, and moving a task
/// or adding one is a change of the sequence; a task's own content is merged apart, by id:
///
/// - edits of different tasks always merge, and so do both sides' insertions at one place;
/// - a task changed on one side only takes that side's line and notes;
/// - a task changed on both: its state follows the later change (`done:` or `postponed:` day);
///   a postponement (`延期:`, `原因:`, `postponed:`) moves as one, so it keeps its reason; notes
///   are united; text and other fields merge field by field;
/// - both sides giving one field different values, or two state changes with no days to order
///   them, is a contradiction: conflict markers go around that one task, both versions inside.
///
/// Lines that the sides change in the same place in different ways (prose edited twice, a task
/// deleted on one side and edited on the other) get conflict markers as `git merge-file` gives.
public enum TrackerMerge {
  /// What a merge gave.
  public struct Result: Sendable, Equatable {
    /// The merged file's text.
    public var text: String
    /// Its bytes, in the encoding of ours.
    public var bytes: [UInt8]
    /// How many places got conflict markers.
    public var conflicts: Int
  }

  /// Merges three versions of a tracker.
  ///
  /// - Parameters:
  ///   - base: The common ancestor's bytes (empty when the file is new on both sides).
  ///   - ours: Our version's bytes; the result is written in its encoding.
  ///   - theirs: Their version's bytes.
  ///   - file: The tracker's path, for messages.
  ///   - markerSize: How many `<`, `=` and `>` open, split and close a conflict (git's `%L`).
  /// - Returns: The merged text and how many conflicts it holds.
  public static func merge(
    base: [UInt8],
    ours: [UInt8],
    theirs: [UInt8],
    file: String,
    markerSize: Int = 7
  ) -> Result {
    let documents = [base, ours, theirs].map { try? TrackerDocument(parsing: $0, file: file) }
    let sides: [[Block]]
    let encoding: TrackerEncoding
    if let b = documents[0], let o = documents[1], let t = documents[2] {
      sides = [b, o, t].map(blocks)
      encoding = o.encoding
    } else {
      // A side that is no tracker (a duplicate id, not text): merge every line as text.
      sides = [base, ours, theirs].map(textBlocks)
      encoding = .utf8
    }
    var merger = Merger(base: sides[0], ours: sides[1], theirs: sides[2], markerSize: markerSize)
    merger.run()
    let text = merger.output.map { $0.text + $0.ending.rawValue }.joined()
    return Result(
      text: text,
      bytes: encoding.encode(text) ?? Array(text.utf8),
      conflicts: merger.conflicts
    )
  }
}

// MARK: - Blocks

extension TrackerMerge {
  /// What the sequences are made of: a task with its notes, or one other line.
  struct Block {
    /// The task, for a task block.
    var task: TrackerTask?
    /// The lines: the task line and its notes, or the one line.
    var lines: [TrackerLine]

    /// What identifies the block across the versions.
    var key: Key {
      if let task { return .task(task.id) }
      let line = lines.first
      return .line((line?.text ?? "") + (line?.ending.rawValue ?? ""))
    }

    /// The notes under a task.
    var notes: [TrackerLine] { Array(lines.dropFirst()) }
  }

  /// A block's identity.
  enum Key: Hashable {
    case task(String)
    case line(String)
  }

  fileprivate static func blocks(_ document: TrackerDocument) -> [Block] {
    var blocks: [Block] = []
    for line in document.lines {
      if let task = line.task {
        blocks.append(Block(task: task, lines: [line]))
      } else if line.isIndented, !line.isInsideBlock, let last = blocks.indices.last,
        blocks[last].task != nil
      {
        blocks[last].lines.append(line)
      } else {
        blocks.append(Block(task: nil, lines: [line]))
      }
    }
    return blocks
  }

  fileprivate static func textBlocks(_ bytes: [UInt8]) -> [Block] {
    let text = String(decoding: bytes, as: UTF8.self)
    var blocks: [Block] = []
    var current = ""
    for character in text {
      if character == "\n" || character == "\r\n" || character == "\r" {
        let ending: LineEnding = character == "\n" ? .lf : character == "\r" ? .cr : .crlf
        blocks.append(Block(task: nil, lines: [TrackerLine(text: current, ending: ending)]))
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty {
      blocks.append(Block(task: nil, lines: [TrackerLine(text: current, ending: .none)]))
    }
    return blocks
  }
}

// MARK: - Merging

extension TrackerMerge {
  fileprivate struct Merger {
    let base: [Block]
    let ours: [Block]
    let theirs: [Block]
    let markerSize: Int
    let baseTasks: [String: Block]
    let ourTasks: [String: Block]
    let theirTasks: [String: Block]
    var output: [TrackerLine] = []
    var conflicts = 0
    var written: Set<String> = []

    init(base: [Block], ours: [Block], theirs: [Block], markerSize: Int) {
      self.base = base
      self.ours = ours
      self.theirs = theirs
      self.markerSize = max(1, markerSize)
      func index(_ blocks: [Block]) -> [String: Block] {
        var tasks: [String: Block] = [:]
        for block in blocks { if let id = block.task?.id, tasks[id] == nil { tasks[id] = block } }
        return tasks
      }
      baseTasks = index(base)
      ourTasks = index(ours)
      theirTasks = index(theirs)
    }

    mutating func run() {
      let chunks = Diff3.chunks(
        base: base.map(\.key),
        ours: ours.map(\.key),
        theirs: theirs.map(\.key)
      )
      for chunk in chunks {
        switch chunk {
        case .stable(_, let mine, _):
          emit(ours[mine])
        case .changed(let old, let mine, let other):
          resolve(Array(base[old]), Array(ours[mine]), Array(theirs[other]))
        }
      }
    }

    /// A stretch at least one side changed: take the side that changed it, both sides'
    /// insertions, or mark a conflict.
    private mutating func resolve(_ old: [Block], _ mine: [Block], _ other: [Block]) {
      let (oldKeys, myKeys, otherKeys) = (old.map(\.key), mine.map(\.key), other.map(\.key))
      if myKeys == otherKeys {
        mine.forEach { emit($0) }
      } else if myKeys == oldKeys, !dropsEditedTask(old, kept: otherKeys, editedIn: ourTasks) {
        other.forEach { emit($0) }
      } else if otherKeys == oldKeys, !dropsEditedTask(old, kept: myKeys, editedIn: theirTasks) {
        mine.forEach { emit($0) }
      } else if old.isEmpty {
        let mineSet = Set(myKeys)
        mine.forEach { emit($0) }
        other.filter { !mineSet.contains($0.key) }.forEach { emit($0) }
      } else {
        conflict(mine.flatMap(\.lines), other.flatMap(\.lines), ending: (mine + other).first)
        for block in mine + other { if let id = block.task?.id { written.insert(id) } }
      }
    }

    /// Whether a side removes a task of `old` that the other side changed.
    private func dropsEditedTask(_ old: [Block], kept: [Key], editedIn side: [String: Block])
      -> Bool
    {
      let keptSet = Set(kept)
      return old.contains { block in
        guard let id = block.task?.id, !keptSet.contains(.task(id)), let edited = side[id] else {
          return false
        }
        return edited.lines.map(\.text) != block.lines.map(\.text)
      }
    }

    private mutating func emit(_ block: Block) {
      guard let id = block.task?.id else {
        output += block.lines
        return
      }
      guard written.insert(id).inserted else { return }  // Both sides moved it: once is enough.
      let mine = ourTasks[id]
      let other = theirTasks[id]
      guard let mine, let other else {
        output += (mine ?? other ?? block).lines
        return
      }
      if let merged = TrackerMerge.mergeTask(base: baseTasks[id], ours: mine, theirs: other) {
        output += merged
      } else {
        conflict(mine.lines, other.lines, ending: mine)
      }
    }

    private mutating func conflict(_ mine: [TrackerLine], _ other: [TrackerLine], ending: Block?) {
      let lineEnding = ending?.lines.first.map { $0.ending == .none ? .lf : $0.ending } ?? .lf
      var mine = mine
      var other = other
      if let last = mine.indices.last, mine[last].ending == .none { mine[last].ending = lineEnding }
      if let last = other.indices.last, other[last].ending == .none {
        other[last].ending = lineEnding
      }
      func marker(_ character: Character, _ label: String) -> TrackerLine {
        let text =
          String(repeating: character, count: markerSize) + (label.isEmpty ? "" : " \(label)")
        return TrackerLine(text: text, ending: lineEnding)
      }
      output.append(marker("<", "ours"))
      output += mine
      output.append(marker("=", ""))
      output += other
      output.append(marker(">", "theirs"))
      conflicts += 1
    }
  }
}
