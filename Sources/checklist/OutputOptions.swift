import ArgumentParser
import ChecklistCore

/// The `--force` flag of the commands that write output files.
struct OutputOptions: ParsableArguments {
  @Flag(help: "Replace output files that checklist did not write.")
  var force = false

  /// The write policy for a run that reads `inputs`: they are never written over, and notices
  /// go to standard error.
  func policy(inputs: [String]) -> OutputPolicy {
    OutputPolicy(inputs: inputs, force: force, notify: { printError($0) })
  }
}
