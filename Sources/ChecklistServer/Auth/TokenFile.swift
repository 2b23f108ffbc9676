import ChecklistCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file of sign-in tokens beside a tracker (`tasks.md.tokens`): one line per department
/// or office, holding only the SHA-256 hash of its token, never the token itself.
///
/// ```text
/// # checklist serve 登录令牌（只存散列）…
/// sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 office 督查室
/// sha256:… department 卫健委
/// ```
///
/// Issuing a token for a name replaces the line of that name, so the old link stops working.
public struct TokenFile: Sendable, Equatable {
  /// One line: the token's hash and whom it signs in.
  public struct Entry: Sendable, Equatable {
    /// `sha256:` and 64 hex digits.
    public var hash: String
    /// Whom the token signs in.
    public var principal: Principal
  }

  /// The entries, in file order.
  public private(set) var entries: [Entry]

  /// The token file that belongs to a tracker: its path with `.tokens` appended.
  ///
  /// - Parameter tracker: The tracker's path.
  /// - Returns: The token file's path.
  public static func path(besideTracker tracker: String) -> String {
    "\(tracker).tokens"
  }

  /// Reads a token file; a missing file has no entries.
  ///
  /// - Parameter path: The file.
  /// - Throws: ``ServerError/tokenFile(path:problem:)`` or ``ServerError/malformedToken(_:)``.
  public init(path: String) throws(ServerError) {
    guard FileManager.default.fileExists(atPath: path) else {
      entries = []
      return
    }
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw .tokenFile(path: path, problem: "cannot read the token file as UTF-8 text")
    }
    entries = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let entry = Self.entry(trimmed) else {
        throw .malformedToken(SourceLocation(file: path, line: number + 1))
      }
      entries.removeAll { $0.principal == entry.principal }
      entries.append(entry)
    }
  }

  /// Whom a token signs in, with the hash it matched.
  ///
  /// Every entry is compared, in constant time, so the time taken tells nothing.
  ///
  /// - Parameter token: The token from a sign-in link.
  /// - Returns: The entry, or `nil` for a token that is malformed or not issued.
  public func entry(forToken token: String) -> Entry? {
    guard TokenDigest.isWellFormedToken(token) else { return nil }
    let hash = "sha256:" + TokenDigest.sha256Hex(token)
    var found: Entry?
    for entry in entries where TokenDigest.constantTimeEqual(entry.hash, hash) { found = entry }
    return found
  }

  /// Whether a hash is still in the file (a session signed in with a token that was replaced
  /// since is no longer valid).
  ///
  /// - Parameter hash: The hash of the token a session signed in with.
  /// - Returns: Whether an entry has it.
  public func contains(hash: String) -> Bool {
    entries.contains { $0.hash == hash }
  }

  /// Makes a new token for `principal` and writes its hash to the file at `path`, replacing
  /// that principal's earlier token.
  ///
  /// The file is created readable by its owner only and replaced atomically.
  ///
  /// - Parameters:
  ///   - principal: Whom the token signs in.
  ///   - path: The token file.
  /// - Returns: The token, to be handed to the department; it is not stored.
  /// - Throws: ``ServerError`` when the file cannot be read or written.
  public static func issue(for principal: Principal, at path: String) throws(ServerError)
    -> String
  {
    var file = try TokenFile(path: path)
    let token = TokenDigest.randomToken()
    file.entries.removeAll { $0.principal == principal }
    file.entries.append(Entry(hash: "sha256:" + TokenDigest.sha256Hex(token), principal: principal))
    try file.write(to: path)
    return token
  }
}

// MARK: - Helpers

extension TokenFile {
  fileprivate static let header =
    "# checklist serve 登录令牌：只存令牌的 SHA-256 散列，不存令牌本身。"
    + "用 checklist serve TRACKER --issue-token 部门 重新签发（旧链接随即失效）。"

  fileprivate static func entry(_ line: String) -> Entry? {
    let parts = line.split(separator: " ", maxSplits: 2).map(String.init)
    guard parts.count == 3, parts[0].hasPrefix("sha256:"), parts[0].count == 71,
      parts[0].dropFirst(7).allSatisfy({ $0.isHexDigit && !$0.isUppercase })
    else { return nil }
    let name = parts[2].trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { return nil }
    switch parts[1] {
    case "office": return Entry(hash: parts[0], principal: .office(name))
    case "department": return Entry(hash: parts[0], principal: .department(name))
    default: return nil
    }
  }

  fileprivate func write(to path: String) throws(ServerError) {
    var text = Self.header + "\n"
    for entry in entries { text += "\(entry.hash) \(entry.principal)\n" }
    if !FileManager.default.fileExists(atPath: path) {
      // Created with the owner's permissions only; the atomic rewrite below keeps them.
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      if descriptor >= 0 { close(descriptor) }
    }
    do {
      try AtomicFile.rewrite(Array(text.utf8), at: path, what: "the token file")
    } catch {
      throw .tokenFile(path: path, problem: "cannot \(error.operation): \(error.reason)")
    }
  }
}
