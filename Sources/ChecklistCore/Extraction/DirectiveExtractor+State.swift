extension DirectiveExtractor {
  /// The subject a passage has set up so far.
  struct Topic: Sendable {
    var assignments: [DepartmentAssignment]
    var line: Int
    /// Whether the subject was set up for what follows: by a heading line, or by a sentence
    /// ending in a colon (卫健委要做好以下工作：), so every following unit inherits it.
    var introducesList = false

    /// Whether the subject names everybody, and so nobody.
    var isDiffuse: Bool { assignments.isEmpty }
  }

  /// What the extractor knows at a unit: the subjects set up before it, whether it stands in a
  /// task list, and the directives a responsibility note after them would apply to.
  struct State: Sendable {
    /// The subject of the units just before.
    var topic: Topic?
    /// The subject of the passage's opening unit.
    var passageTopic: Topic?
    /// The subject set up by a heading line, for the next passage.
    var headingTopic: Topic?
    /// The body a line of names heads (县公安局：, 2.县交通运输局), for every passage under it
    /// until the next item, heading or named subject.
    var labelTopic: Topic?
    /// The index of the current passage.
    var passage = -1
    /// Whether the unit before inherited the topic.
    var chained = false
    /// Whether the unit before set the topic.
    var followsTopic = false
    /// Counts the topics set, so that a step can tell whether it set one.
    var topicSerial = 0
    /// Whether a list was opened with a colon in this passage (会议压实各部门职责：住建局…；
    /// 应急局…；): its lines name who acts without 要.
    var listOpen = false
    /// The indices, in the result, of the directives of the current item: a responsibility
    /// note after them applies to them.
    var itemScope: [Int] = []
    /// Whether the passage before ended mid-sentence, so the item goes on in this one.
    var passageEndedMidSentence = false
    /// The units of a responsibility note still open (a bracket not yet closed).
    var openNote: [String] = []
    /// The line the open note started on.
    var openNoteLine = 0
    /// A note read before any task of its item, for the tasks that follow.
    var pendingNote: ResponsibilityNote?

    /// Moves to `unit`: a new passage restores the heading's subject, a new item the
    /// passage's; a passage that `continuesItem` (a responsibility note on a line of its own)
    /// keeps the item's directives for the note.
    mutating func enter(_ unit: Unit, previous: Unit?, continuesItem: Bool = false) {
      if unit.passage != passage {
        passage = unit.passage
        if unit.item != nil { labelTopic = nil }
        topic = headingTopic ?? labelTopic
        passageTopic = topic
        headingTopic = nil
        chained = false
        listOpen = false
        passageEndedMidSentence = previous.map { !Self.endsSentence($0.text) } ?? false
        if !passageEndedMidSentence, !continuesItem { itemScope = [] }
      } else if unit.item != nil {
        topic = passageTopic
      }
      if unit.item != nil {
        itemScope = []
        pendingNote = nil
      }
    }

    /// Takes note that a unit opens a list with a colon, or that a full stop ends it (a list's
    /// lines end in ；).
    mutating func noteList(in text: String) {
      if text.unicodeScalars.contains(where: Punctuation.colons.contains) {
        listOpen = true
      } else if let last = text.unicodeScalars.last(where: { !Punctuation.closers.contains($0) }),
        Punctuation.fullStops.contains(last)
      {
        listOpen = false
      }
    }

    /// Whether a text ends a sentence.
    static func endsSentence(_ text: String) -> Bool {
      guard let last = text.unicodeScalars.last(where: { !Punctuation.closers.contains($0) }) else {
        return true
      }
      return stops.contains(last)
    }

    /// What ends a sentence, or opens a list after it.
    static let stops = Punctuation.sentenceStops.union(Punctuation.colons)
  }
}
