import ArgumentParser
import ChecklistCore

extension Checklist {
  /// `checklist status TRACKER`: per-department progress, overdue work first.
  struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show per-department progress of a tracker on a day.",
      discussion: """
        Red: overdue (due before the day and not done or cancelled). Yellow: due within the \
        warning window. Green: the rest. A postponed task is due on its postponed day. Colours \
        only on a terminal, and never when NO_COLOR is set.
        """
    )

    @Argument(help: "The tracker file.")
    var tracker: String

    @Option(help: "The day to report on (YYYY-MM-DD); today by default.")
    var asOf: String?

    @Option(help: "Only this department (a '## ' heading of the tracker).")
    var department: String?

    @Option(help: "Tasks due within this many days count as due soon.")
    var warnDays: Int = 3

    @Flag(help: "Exit with status 1 when any task is overdue.")
    var failOnOverdue = false

    func validate() throws {
      try TrackerCommandSupport.validateDate(asOf, option: "--as-of")
      if warnDays < 0 { throw ValidationError("--warn-days must not be negative.") }
    }

    func run() throws {
      let day = TrackerCommandSupport.date(asOf)
      let status = try TrackerCommandSupport.reportingErrors {
        let document = try TrackerFile.read(path: tracker)
        TrackerCommandSupport.printWarnings(document)
        if let department, !document.departments.contains(department) {
          let known = document.departments.joined(separator: ", ")
          throw ValidationError("No department '\(department)' in \(tracker); it has: \(known).")
        }
        return TrackerStatus(
          document: document,
          asOf: day,
          warningDays: warnDays,
          department: department
        )
      }
      print(Self.format(status, colour: TrackerCommandSupport.useColour), terminator: "")
      if failOnOverdue && status.hasOverdue { throw ExitCode.failure }
    }

    /// The status as text lines, with ANSI colours when `colour` is set.
    static func format(_ status: TrackerStatus, colour: Bool) -> String {
      func paint(_ text: String, _ code: String, when condition: Bool = true) -> String {
        colour && condition ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
      }
      let width =
        max(
          8,
          (status.departments.map { TrackerCommandSupport.displayWidth($0.name) }
            + [4]).max() ?? 8
        ) + 2
      var output = "截至 \(status.asOf)（\(status.warningDays) 天内到期为即将到期）\n"
      for summary in status.departments + [status.overall] {
        let name = TrackerCommandSupport.padded(summary.name, to: width)
        let counts = TrackerCommandSupport.padded("\(summary.done)/\(summary.total)", to: 8)
        let percent = TrackerCommandSupport.padded("\(summary.percentDone)%", to: 6)
        let overdue = paint("逾期 \(summary.overdue)", "31", when: summary.overdue > 0)
        let soon = paint("即将到期 \(summary.dueSoon)", "33", when: summary.dueSoon > 0)
        let rest = paint("其余 \(summary.onTrack)", "32")
        var line = "\(name)\(counts)\(percent)\(overdue)  \(soon)  \(rest)"
        if summary.cancelled > 0 { line += "  取消 \(summary.cancelled)" }
        if summary.stale > 0 { line += "  已不在讲话中 \(summary.stale)" }
        output += line + "\n"
      }
      let overdue = status.overdueItems
      if !overdue.isEmpty {
        output += "\n" + paint("逾期任务：", "31;1") + "\n"
        for item in overdue {
          let task = item.tracked.task
          let due = task.effectiveDue.map { "\($0)" } ?? ""
          output +=
            "  \(item.tracked.location)  \(task.id)  \(due)（逾期 \(-(item.daysLeft ?? 0)) 天）  "
            + "\(item.tracked.department ?? TrackerStatus.ungroupedName)  \(task.text)\n"
        }
      }
      return output
    }
  }
}
