import ArgumentParser

extension Checklist {
  /// `checklist track`: create and update a tracker from speeches.
  struct Track: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Create or update a Markdown task tracker from speeches.",
      discussion: "The tracker format is described in docs/TRACKER.md.",
      subcommands: [Init.self, Sync.self]
    )
  }
}
