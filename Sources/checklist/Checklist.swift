import ArgumentParser
import ChecklistCore

/// The `checklist` command: speeches in, department checklists out.
@main
struct Checklist: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checklist",
    abstract: "Turn leaders' speeches into per-department task checklists and track them.",
    discussion: """
      Exit codes: 0 success; 1 a failed run or findings (bad input, overdue tasks with \
      --fail-on-overdue, audit findings with --strict); 64 a usage error.
      """,
    version: "0.1.0",
    subcommands: [
      Extract.self,
      Generate.self,
      Explain.self,
      Audit.self,
      Rules.self,
      Track.self,
      Done.self,
      Reopen.self,
      Postpone.self,
      Status.self,
      Report.self,
      Export.self,
      Serve.self,
      Merge.self,
      Remind.self,
      Digest.self,
    ]
  )
}
