import ArgumentParser
import ChecklistCore

/// The `--rules` option every command that loads rules shares.
struct RulesOptions: ParsableArguments {
  @Option(help: "A folder of rule files to use instead of the shipped rules.")
  var rules: String?

  /// The rules folder in use: `--rules`, or the shipped one.
  func directory() throws -> String {
    try ResourceLocator.rulesDirectory(override: rules)
  }
}
