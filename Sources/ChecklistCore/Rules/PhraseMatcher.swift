/// Finds every occurrence of many phrases in one pass over a text (an Aho–Corasick automaton).
///
/// Matching time grows with the length of the text and the number of matches, not with the
/// number of phrases, so rule sets can grow to thousands of phrases without slowing the tool.
public struct PhraseMatcher<Payload: Sendable>: Sendable {
  /// One occurrence of a phrase.
  public struct Match: Sendable {
    /// The offset of the first matched scalar.
    public var start: Int
    /// The offset just past the last matched scalar.
    public var end: Int
    /// What the phrase was registered with.
    public var payload: Payload

    /// The matched length in scalars.
    public var length: Int { end - start }
  }

  private var transitions: [Int: Int32] = [:]
  /// ``transitions`` frozen into an open-addressing table with a cheap hash, for matching.
  private var table = TransitionTable()
  /// Every scalar of every phrase: a scalar it does not hold leads back to the root from any
  /// state.
  private var alphabet = ScalarFilter(size: 8192)
  private var failure: [Int32] = [0]
  private var outputs: [[Int32]] = [[]]
  private var dictionaryLink: [Int32] = [-1]
  private var payloads: [Payload] = []
  private var lengths: [Int] = []

  /// The number of phrases registered.
  public var count: Int { payloads.count }

  /// Builds a matcher from phrases and their payloads.
  ///
  /// Empty phrases are ignored.
  ///
  /// - Parameter phrases: Each phrase with the payload its matches carry.
  public init(_ phrases: [(String, Payload)]) {
    for (phrase, payload) in phrases {
      let scalars = Array(phrase.unicodeScalars)
      guard !scalars.isEmpty else { continue }
      var node = 0
      for scalar in scalars {
        alphabet.insert(scalar)
        let key = Self.key(node, scalar)
        if let next = transitions[key] {
          node = Int(next)
        } else {
          let next = failure.count
          failure.append(0)
          outputs.append([])
          dictionaryLink.append(-1)
          transitions[key] = Int32(next)
          node = next
        }
      }
      outputs[node].append(Int32(payloads.count))
      payloads.append(payload)
      lengths.append(scalars.count)
    }
    buildLinks()
    table = TransitionTable(transitions)
  }

  /// All occurrences of all phrases in `scalars`, ordered by end, then by length (longest first).
  ///
  /// - Parameter scalars: The text to search, as Unicode scalars.
  /// - Returns: Every match, overlapping ones included.
  public func matches(in scalars: [Unicode.Scalar]) -> [Match] {
    var found: [Match] = []
    var node = 0
    for (offset, scalar) in scalars.enumerated() {
      node = step(from: node, scalar)
      var report = outputs[node].isEmpty ? Int(dictionaryLink[node]) : node
      while report >= 0 {
        for index in outputs[report] {
          let length = lengths[Int(index)]
          found.append(
            Match(start: offset + 1 - length, end: offset + 1, payload: payloads[Int(index)])
          )
        }
        report = Int(dictionaryLink[report])
      }
    }
    return found
  }

  /// All occurrences of all phrases in `text`.
  ///
  /// - Parameter text: The text to search.
  /// - Returns: Every match, with offsets in Unicode scalars.
  public func matches(in text: String) -> [Match] {
    matches(in: Array(text.unicodeScalars))
  }

  /// The matches that no longer match overlaps, preferring the earliest, then the longest.
  ///
  /// - Parameter scalars: The text to search.
  /// - Returns: Non-overlapping matches in text order.
  public func longestMatches(in scalars: [Unicode.Scalar]) -> [Match] {
    let all = matches(in: scalars).sorted {
      ($0.start, -$0.length) < ($1.start, -$1.length)
    }
    var chosen: [Match] = []
    var covered = 0
    for match in all where match.start >= covered {
      chosen.append(match)
      covered = match.end
    }
    return chosen
  }
}

// MARK: - Building

private extension PhraseMatcher {
  static func key(_ node: Int, _ scalar: Unicode.Scalar) -> Int {
    node << 21 | Int(scalar.value)
  }

  func step(from node: Int, _ scalar: Unicode.Scalar) -> Int {
    guard alphabet.mayContain(scalar) else { return 0 }
    var current = node
    while true {
      if let next = table[Self.key(current, scalar)] { return Int(next) }
      if current == 0 { return 0 }
      current = Int(failure[current])
    }
  }

  mutating func buildLinks() {
    var children: [[(Unicode.Scalar, Int)]] = Array(repeating: [], count: failure.count)
    for (key, child) in transitions {
      let parent = key >> 21
      if let scalar = Unicode.Scalar(UInt32(key & 0x1F_FFFF)) {
        children[parent].append((scalar, Int(child)))
      }
    }
    var queue: [Int] = []
    for (_, child) in children[0] {
      failure[child] = 0
      queue.append(child)
    }
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for (scalar, child) in children[node] {
        var fallback = Int(failure[node])
        while fallback != 0, transitions[Self.key(fallback, scalar)] == nil {
          fallback = Int(failure[fallback])
        }
        let target = transitions[Self.key(fallback, scalar)].map(Int.init) ?? 0
        failure[child] = Int32(target == child ? 0 : target)
        let link = Int(failure[child])
        dictionaryLink[child] = outputs[link].isEmpty ? dictionaryLink[link] : Int32(link)
        queue.append(child)
      }
    }
  }
}

// MARK: - Transition table

/// A read-only map from transition keys (non-negative) to states: open addressing with linear
/// probing and a multiplicative hash, several times cheaper per lookup than `Dictionary`'s
/// seeded SipHash on the matcher's hot path.
private struct TransitionTable: Sendable {
  private var keys: [Int] = [-1, -1]
  private var values: [Int32] = [0, 0]
  private var shift = 63

  init() {}

  init(_ entries: [Int: Int32]) {
    var capacity = 2
    var bits = 1
    while capacity < entries.count * 2 {
      capacity <<= 1
      bits += 1
    }
    keys = [Int](repeating: -1, count: capacity)
    values = [Int32](repeating: 0, count: capacity)
    shift = 64 - bits
    for (key, value) in entries {
      var slot = slot(for: key)
      while keys[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
      keys[slot] = key
      values[slot] = value
    }
  }

  subscript(_ key: Int) -> Int32? {
    var slot = slot(for: key)
    while true {
      let found = keys[slot]
      if found == key { return values[slot] }
      if found < 0 { return nil }
      slot = (slot + 1) & (keys.count - 1)
    }
  }

  private func slot(for key: Int) -> Int {
    Int(
      truncatingIfNeeded: (UInt64(truncatingIfNeeded: key) &* 0x9E37_79B9_7F4A_7C15)
        >> UInt64(shift)
    )
  }
}
