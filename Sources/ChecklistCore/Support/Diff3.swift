/// A three-way comparison of sequences, as `diff3` makes it: the stretches where the base and
/// both sides agree, and between them the stretches where one side or both changed.
///
/// Matching two sequences uses patience diff: elements that occur once in both are anchors, the
/// longest run of them in the same order is kept, and the gaps between anchors are matched the
/// same way, or by a longest common subsequence when they are small. Tracker lines are nearly
/// all unique (task ids, prose), so this is close to linear and never quadratic in memory.
struct Diff3<Key: Hashable> {
  /// One stretch of the merge.
  enum Chunk: Equatable {
    /// An element all three have, at these positions.
    case stable(base: Int, ours: Int, theirs: Int)
    /// Elements at least one side changed: what the base, ours and theirs hold here.
    case changed(base: Range<Int>, ours: Range<Int>, theirs: Range<Int>)
  }

  /// The largest gap (product of lengths) matched by a full longest common subsequence.
  static var smallGap: Int { 40_000 }

  /// The chunks of a three-way merge, in order.
  ///
  /// - Parameters:
  ///   - base: The common ancestor.
  ///   - ours: One side.
  ///   - theirs: The other.
  /// - Returns: Stable elements and changed stretches, covering all three sequences.
  static func chunks(base: [Key], ours: [Key], theirs: [Key]) -> [Chunk] {
    let toOurs = matches(base, ours)
    let toTheirs = matches(base, theirs)
    var chunks: [Chunk] = []
    var (i, j, k) = (0, 0, 0)
    while true {
      var next = i
      while next < base.count, toOurs[next] == nil || toTheirs[next] == nil { next += 1 }
      let ourEnd = next < base.count ? (toOurs[next] ?? ours.count) : ours.count
      let theirEnd = next < base.count ? (toTheirs[next] ?? theirs.count) : theirs.count
      if next > i || ourEnd > j || theirEnd > k {
        chunks.append(.changed(base: i..<next, ours: j..<ourEnd, theirs: k..<theirEnd))
      }
      guard next < base.count else { break }
      chunks.append(.stable(base: next, ours: ourEnd, theirs: theirEnd))
      (i, j, k) = (next + 1, ourEnd + 1, theirEnd + 1)
    }
    return chunks
  }

  /// For each element of `a`, the index of the element of `b` it is matched with, if any; the
  /// matched indices increase.
  ///
  /// - Parameters:
  ///   - a: One sequence.
  ///   - b: Another.
  /// - Returns: `a.count` optional indices into `b`.
  static func matches(_ a: [Key], _ b: [Key]) -> [Int?] {
    var result = [Int?](repeating: nil, count: a.count)
    var work: [(Range<Int>, Range<Int>)] = [(0..<a.count, 0..<b.count)]
    while let (rangeA, rangeB) = work.popLast() {
      var (lowA, highA, lowB, highB) = (
        rangeA.lowerBound, rangeA.upperBound, rangeB.lowerBound, rangeB.upperBound
      )
      while lowA < highA, lowB < highB, a[lowA] == b[lowB] {
        result[lowA] = lowB
        lowA += 1
        lowB += 1
      }
      while lowA < highA, lowB < highB, a[highA - 1] == b[highB - 1] {
        result[highA - 1] = highB - 1
        highA -= 1
        highB -= 1
      }
      guard lowA < highA, lowB < highB else { continue }
      let anchors = uniqueAnchors(a, lowA..<highA, b, lowB..<highB)
      if anchors.isEmpty {
        if (highA - lowA) * (highB - lowB) <= smallGap {
          for (i, j) in commonSubsequence(a, lowA..<highA, b, lowB..<highB) { result[i] = j }
        }
        continue
      }
      var (startA, startB) = (lowA, lowB)
      for (i, j) in anchors {
        result[i] = j
        work.append((startA..<i, startB..<j))
        (startA, startB) = (i + 1, j + 1)
      }
      work.append((startA..<highA, startB..<highB))
    }
    return result
  }
}

// MARK: - Helpers

extension Diff3 {
  /// Elements unique in both ranges, paired, the longest run increasing in both (patience).
  fileprivate static func uniqueAnchors(
    _ a: [Key],
    _ rangeA: Range<Int>,
    _ b: [Key],
    _ rangeB: Range<Int>
  ) -> [(Int, Int)] {
    var countA: [Key: Int] = [:]
    var countB: [Key: (count: Int, index: Int)] = [:]
    for i in rangeA { countA[a[i], default: 0] += 1 }
    for j in rangeB { countB[b[j], default: (0, j)].count += 1 }
    let pairs: [(Int, Int)] = rangeA.compactMap { i in
      guard countA[a[i]] == 1, let other = countB[a[i]], other.count == 1 else { return nil }
      return (i, other.index)
    }
    // Longest increasing subsequence of the b indices (patience sorting with back links).
    var tails: [Int] = []  // Index into `pairs` of the smallest tail of each length.
    var previous = [Int](repeating: -1, count: pairs.count)
    for (position, pair) in pairs.enumerated() {
      var low = 0
      var high = tails.count
      while low < high {
        let middle = (low + high) / 2
        if pairs[tails[middle]].1 < pair.1 { low = middle + 1 } else { high = middle }
      }
      if low > 0 { previous[position] = tails[low - 1] }
      if low == tails.count { tails.append(position) } else { tails[low] = position }
    }
    var result: [(Int, Int)] = []
    var position = tails.last ?? -1
    while position >= 0 {
      result.append(pairs[position])
      position = previous[position]
    }
    return result.reversed()
  }

  /// A longest common subsequence of two small ranges, by dynamic programming.
  fileprivate static func commonSubsequence(
    _ a: [Key],
    _ rangeA: Range<Int>,
    _ b: [Key],
    _ rangeB: Range<Int>
  ) -> [(Int, Int)] {
    let n = rangeA.count
    let m = rangeB.count
    var table = [Int](repeating: 0, count: (n + 1) * (m + 1))
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        table[i * (m + 1) + j] =
          a[rangeA.lowerBound + i] == b[rangeB.lowerBound + j]
          ? table[(i + 1) * (m + 1) + j + 1] + 1
          : max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1])
      }
    }
    var result: [(Int, Int)] = []
    var (i, j) = (0, 0)
    while i < n, j < m {
      if a[rangeA.lowerBound + i] == b[rangeB.lowerBound + j] {
        result.append((rangeA.lowerBound + i, rangeB.lowerBound + j))
        i += 1
        j += 1
      } else if table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return result
  }
}
