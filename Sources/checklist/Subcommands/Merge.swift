import ArgumentParser
import ChecklistCore
import Foundation

extension Checklist {
  /// `checklist merge BASE OURS THEIRS`: git's merge driver for trackers.
  struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Merge two versions of a tracker with their common ancestor (a git merge driver).",
      discussion: """
        Writes the result over OURS and exits 0, or 1 when conflict markers remain. Edits of \
        different tasks always merge; a task edited on both sides merges by rules (the later \
        state change wins, notes are united, a 延期 keeps its reason); only a contradiction \
        gets markers, around that one task. Other lines merge like text. Set it up with \
        '*.tasks.md merge=checklist' (or 'tasks.md merge=checklist') in .gitattributes and \
        git config merge.checklist.driver 'checklist merge %O %A %B --marker-size %L'.
        """
    )

    @Argument(help: "The common ancestor (git's %O).")
    var base: String

    @Argument(help: "Our version, overwritten with the result (git's %A).")
    var ours: String

    @Argument(help: "Their version (git's %B).")
    var theirs: String

    @Option(help: "The length of conflict markers (git's %L).")
    var markerSize: Int = 7

    func validate() throws {
      if markerSize < 1 { throw ValidationError("--marker-size must be at least 1.") }
    }

    func run() throws {
      let conflicts = try reportingErrors {
        let versions = try [base, ours, theirs].map { path in
          do {
            return try RegularFile.read(path, limit: Limits.maximumInputBytes)
          } catch {
            throw TrackerError.io(file: path, operation: "read", reason: "\(error)")
          }
        }
        let result = TrackerMerge.merge(
          base: versions[0],
          ours: versions[1],
          theirs: versions[2],
          file: ours,
          markerSize: markerSize
        )
        try AtomicFile.rewrite(
          result.bytes,
          at: ours,
          what: "the merged tracker",
          notify: { printError($0) }
        )
        return result.conflicts
      }
      if conflicts > 0 {
        printError("\(ours): \(conflicts) conflict(s) left between conflict markers")
        throw ExitCode.failure
      }
    }
  }
}
