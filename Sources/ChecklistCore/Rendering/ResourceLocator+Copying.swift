import Foundation

extension ResourceLocator {
  /// Copies the shipped rule files into `folder`, for a user who wants to change them and run
  /// with `--rules folder`.
  ///
  /// The folder is made when missing; one that already holds rule files is left alone, so
  /// that edited rules are never overwritten.
  ///
  /// - Parameter folder: Where the copy goes.
  /// - Returns: The names of the files copied, sorted.
  /// - Throws: ``ResourceError`` when the shipped rules are not found, the folder already holds
  ///   rule files, or a file cannot be written.
  public static func copyShippedRules(to folder: String) throws(ResourceError) -> [String] {
    let source = try rulesDirectory(override: nil)
    let files = FileManager.default
    let existing = (try? files.contentsOfDirectory(atPath: folder)) ?? []
    if existing.contains(where: { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }) {
      throw .cannotCopy(
        folder: folder,
        reason: "it already holds rule files; choose an empty or new folder"
      )
    }
    let names: [String]
    do {
      names = try files.contentsOfDirectory(atPath: source)
        .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
      try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for name in names {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(source)/\(name)"))
        try data.write(to: URL(fileURLWithPath: "\(folder)/\(name)"), options: .atomic)
      }
    } catch {
      throw .cannotCopy(folder: folder, reason: error.localizedDescription)
    }
    return names
  }
}
