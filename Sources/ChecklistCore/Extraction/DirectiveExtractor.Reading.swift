extension DirectiveExtractor {
  /// What the extractor has read of one unit on its way to deciding who acts on it.
  struct Reading: Sendable {
    /// The unit.
    var unit: Unit
    /// Its own words, after any lead-in.
    var spoken: DirectiveClassifier.SpokenPart
    /// Who the words name as acting.
    var finding: SubjectFinder.Finding
    /// The duty rules that fire on the words.
    var hits: [PhraseRuleResolver.Hit] = []
    /// The rules among them that win.
    var winners: [PhraseRuleResolver.Hit] = []

    /// The unit's own words after its item marker.
    var body: Scalars { spoken.body }

    /// Whether the words name a subject: departments, or a word for everybody.
    var namesSubject: Bool { !finding.assignments.isEmpty || finding.diffuse != nil }
  }
}
