/// Finds, for directives that no task has by id, the task that is recognisably the same
/// directive: reworded, or given another deadline, in a re-run of the same speech.
///
/// A directive's id is a hash of its text, so any edit of the sentence gives it a new id. A task
/// and a directive are the same directive when all three hold:
///
/// - **same speech**: the task's `src:` names the directive's file;
/// - **nearby position**: their lines are at most ``window`` lines apart, once the directive's
///   line is carried back to the old numbering by the nearest directive above it that kept its
///   id (so a passage inserted or deleted further up shifts nothing);
/// - **high text similarity**: the Dice coefficient of their character bigrams is at least
///   ``threshold``, counted after dropping white space and punctuation and reading a number
///   that counts time (before 个, 天, 日, 月, 周, 年, 小时, 工作日 …) as one and the same
///   character, so that `10个工作日` and `5个工作日`, or `2月10日` and `2月15日`, do not differ,
///   while `第3条` and `第5条` do.
///
/// Pairs are taken greedily, most similar first (then nearest, then in reading order), so each
/// task and each directive is paired at most once. The work is linear in the number of unpaired
/// tasks and directives times the tasks within the window.
struct DirectiveMatcher {
  /// How many lines apart a task's `src:` line and a directive's line may be.
  static let window = 30
  /// The least similarity (0 to 1) at which a task and a directive are the same directive.
  static let threshold = 0.6

  /// A task that no directive produced by id, with its place in the speech.
  struct Task {
    /// Its index in the tracker's lines.
    var index: Int
    /// The file its `src:` names, as written in the field.
    var file: String
    /// The line its `src:` names.
    var line: Int
    /// Its text's bigram signature.
    var signature: [UInt64]
  }

  private var tasks: [String: [Task]] = [:]
  /// Per file, the directives that kept their id: their line now and their task's `src:` line.
  private var anchors: [String: [(now: Int, old: Int)]] = [:]

  /// Collects the tasks that may be paired; a task whose `src:` is not `FILE:LINE` cannot be.
  ///
  /// - Parameters:
  ///   - candidates: Line index and task of each task that no directive has by id.
  ///   - kept: The tasks a directive has by id, with that directive's file (as `src:` writes
  ///     it) and line.
  init(
    candidates: [(index: Int, task: TrackerTask)],
    kept: [(task: TrackerTask, file: String, line: Int)] = []
  ) {
    for (index, task) in candidates {
      guard let (file, line) = Self.source(of: task) else { continue }
      tasks[file, default: []].append(
        Task(index: index, file: file, line: line, signature: Self.signature(task.text))
      )
    }
    for file in tasks.keys { tasks[file]?.sort { $0.line < $1.line } }
    for (task, file, line) in kept {
      guard let (taskFile, old) = Self.source(of: task), taskFile == file, tasks[file] != nil
      else { continue }
      anchors[file, default: []].append((line, old))
    }
    for file in anchors.keys { anchors[file]?.sort { $0.now < $1.now } }
  }

  /// Pairs directives with tasks.
  ///
  /// - Parameter directives: The directives that no task has by id, each with a number of the
  ///   caller's (its position), its file as a `src:` field writes it, its line and its text.
  /// - Returns: Each paired directive's number and the index of its task's line.
  func pairs(for directives: [(number: Int, file: String, line: Int, text: String)]) -> [(
    directive: Int, index: Int
  )] {
    var found: [(similarity: Double, distance: Int, directive: Int, index: Int)] = []
    for directive in directives {
      guard let list = tasks[directive.file], !list.isEmpty else { continue }
      let signature = Self.signature(directive.text)
      let line = oldLine(of: directive.line, in: directive.file)
      var position = Self.firstIndex(in: list, atLeast: line - Self.window)
      while position < list.count, list[position].line <= line + Self.window {
        let task = list[position]
        let similarity = Self.similarity(signature, task.signature)
        if similarity >= Self.threshold {
          found.append((similarity, abs(task.line - line), directive.number, task.index))
        }
        position += 1
      }
    }
    found.sort {
      ($0.similarity, -$0.distance, -$0.directive) > ($1.similarity, -$1.distance, -$1.directive)
    }
    var usedDirectives: Set<Int> = []
    var usedTasks: Set<Int> = []
    var result: [(directive: Int, index: Int)] = []
    for pair in found where !usedDirectives.contains(pair.directive) {
      guard usedTasks.insert(pair.index).inserted else { continue }
      usedDirectives.insert(pair.directive)
      result.append((pair.directive, pair.index))
    }
    return result
  }

  /// A directive's line carried back to the tracker's numbering: shifted as the nearest
  /// directive at or above it that kept its id was shifted.
  private func oldLine(of line: Int, in file: String) -> Int {
    guard let list = anchors[file], !list.isEmpty else { return line }
    var low = 0
    var high = list.count
    while low < high {
      let middle = (low + high) / 2
      if list[middle].now <= line { low = middle + 1 } else { high = middle }
    }
    let anchor = low > 0 ? list[low - 1] : list[0]
    return line + (anchor.old - anchor.now)
  }

  /// The similarity of two texts, 0 (nothing shared) to 1 (the same once numbers of time,
  /// spaces and punctuation are set aside).
  ///
  /// - Parameters:
  ///   - first: A text.
  ///   - second: Another.
  /// - Returns: The Dice coefficient of their bigram signatures.
  static func similarity(_ first: String, _ second: String) -> Double {
    similarity(signature(first), signature(second))
  }
}

// MARK: - Helpers

extension DirectiveMatcher {
  /// Characters of numbers: Arabic (ASCII and full-width) and Chinese numerals.
  fileprivate static let numerals = Set("0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万")
  /// What follows a number that counts time (个 as in 个月, 个工作日; 小 as in 小时; 号 as in 3号).
  fileprivate static let timeUnits = Set("个天日月周年小时号工星季旬")

  /// The parsed `src:` of a task: file and line.
  fileprivate static func source(of task: TrackerTask) -> (String, Int)? {
    guard let source = task.source, let colon = source.lastIndex(of: ":"),
      let line = Int(source[source.index(after: colon)...])
    else { return nil }
    return (String(source[..<colon]), line)
  }

  /// The sorted character bigrams of a text, numbers of time read alike, spaces and
  /// punctuation gone.
  fileprivate static func signature(_ text: String) -> [UInt64] {
    let characters = Array(text.filter { !$0.isWhitespace && !$0.isPunctuation })
    var scalars: [UInt32] = []
    var run: [UInt32] = []
    for (index, character) in characters.enumerated() {
      if numerals.contains(character) {
        run.append(character.unicodeScalars.first?.value ?? 0)
        let next = index + 1
        guard next == characters.count || !numerals.contains(characters[next]) else { continue }
        // A run of numerals that counts time is one digit; any other number is itself.
        let counts = next < characters.count && timeUnits.contains(characters[next])
        scalars += counts ? [0x30] : run
        run = []
      } else if let scalar = character.unicodeScalars.first {
        scalars.append(scalar.value)
      }
    }
    guard scalars.count > 1 else { return scalars.map(UInt64.init) }
    var bigrams: [UInt64] = []
    bigrams.reserveCapacity(scalars.count - 1)
    for index in 1..<scalars.count {
      bigrams.append(UInt64(scalars[index - 1]) << 32 | UInt64(scalars[index]))
    }
    return bigrams.sorted()
  }

  fileprivate static func similarity(_ first: [UInt64], _ second: [UInt64]) -> Double {
    guard !first.isEmpty || !second.isEmpty else { return 1 }
    var common = 0
    var i = 0
    var j = 0
    while i < first.count && j < second.count {
      if first[i] == second[j] {
        common += 1
        i += 1
        j += 1
      } else if first[i] < second[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return Double(2 * common) / Double(first.count + second.count)
  }

  /// The first position in `list` (sorted by line) whose line is at least `line`.
  fileprivate static func firstIndex(in list: [Task], atLeast line: Int) -> Int {
    var low = 0
    var high = list.count
    while low < high {
      let middle = (low + high) / 2
      if list[middle].line < line { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
