import ArgumentParser
import ChecklistCore

extension Checklist.Rules {
  /// `checklist rules init DIR`: an editable copy of the shipped rules.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Copy the shipped rule files into a folder, to edit and use with --rules.",
      discussion: "The folder is made when missing; one that already holds rule files is refused."
    )

    @Argument(help: "The folder to copy the rules into.")
    var folder: String

    func run() throws {
      try reportingErrors {
        let names = try ResourceLocator.copyShippedRules(to: folder)
        print("copied \(names.count) rule files to \(folder); use them with --rules \(folder)")
      }
    }
  }
}
