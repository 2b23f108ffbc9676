import ChecklistCore

/// Prints `file:line: warning: …` on standard error for each directive whose deadline came with
/// a warning (working days counted Monday to Friday outside the holiday schedule).
func printDeadlineWarnings(_ directives: [Directive]) {
  for directive in directives {
    guard let warning = directive.deadline?.warning else { continue }
    printError("\(directive.file):\(directive.line): warning: \(warning)")
  }
}
