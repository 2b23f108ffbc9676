/// Finds, for directives that no task has by id, the task that is recognisably the same
/// directive: reworded, or given another deadline, in a re-run of the same speech.
///
/// A directive's id is a hash of its text, so any edit of the sentence gives it a new id. A task
/// and a directive are the same directive when all three hold:
///
/// - **same speech**: the task's `src:` names the directive's file;
/// - **nearby position**: their lines are at most ``window`` lines apart;
/// - **high text similarity**: the Dice coefficient of their character bigrams is at least
///   ``threshold``, counted after dropping white space and punctuation and reading every digit
///   and Chinese numeral as one and the same character, so that `10个工作日` and `5个工作日`, or
///   `2月10日` and `2月15日`, do not differ at all.
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

  /// Collects the tasks that may be paired; a task whose `src:` is not `FILE:LINE` cannot be.
  ///
  /// - Parameter candidates: Line index and task of each task that no directive has by id.
  init(candidates: [(index: Int, task: TrackerTask)]) {
    for (index, task) in candidates {
      guard let source = task.source, let colon = source.lastIndex(of: ":"),
        let line = Int(source[source.index(after: colon)...])
      else { continue }
      let file = String(source[..<colon])
      tasks[file, default: []].append(
        Task(index: index, file: file, line: line, signature: Self.signature(task.text))
      )
    }
    for file in tasks.keys { tasks[file]?.sort { $0.line < $1.line } }
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
      var position = Self.firstIndex(in: list, atLeast: directive.line - Self.window)
      while position < list.count, list[position].line <= directive.line + Self.window {
        let task = list[position]
        let similarity = Self.similarity(signature, task.signature)
        if similarity >= Self.threshold {
          found.append((similarity, abs(task.line - directive.line), directive.number, task.index))
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

  /// The similarity of two texts, 0 (nothing shared) to 1 (the same once numbers, spaces and
  /// punctuation are set aside).
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
  /// Characters read as one digit: Arabic (ASCII and full-width) and Chinese numerals.
  fileprivate static let numerals = Set("0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万")

  /// The sorted character bigrams of a text, numbers read alike, spaces and punctuation gone.
  fileprivate static func signature(_ text: String) -> [UInt64] {
    var scalars: [UInt32] = []
    for character in text where !character.isWhitespace && !character.isPunctuation {
      if numerals.contains(character) {
        if scalars.last != 0x30 { scalars.append(0x30) }  // A run of digits is one digit.
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
