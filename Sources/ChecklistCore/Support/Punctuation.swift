/// The punctuation the stages share, each set written once.
///
/// Sets of scalars serve the stages that walk scalars (segmentation, normalisation); sets of
/// characters serve the time scanner, which walks characters.
enum Punctuation {
  // MARK: - Sentences and clauses

  /// What ends a sentence unit: `。！？；;!?`.
  static let sentenceStops: Set<Unicode.Scalar> = Set("。！？；;!?".unicodeScalars)
  /// What closes what a stop ended, staying with the unit: `”’」』）)》`.
  static let closers: Set<Unicode.Scalar> = Set("”’」』）)》".unicodeScalars)
  /// Whether `scalar` is one of ``sentenceStops``, by a table lookup (this runs on every
  /// scalar of every file).
  static func isSentenceStop(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 65536 && sentenceStopTable.mayContain(scalar)
  }
  /// Whether `scalar` is one of ``closers``, by a table lookup.
  static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 65536 && closerTable.mayContain(scalar)
  }
  /// A bit per BMP scalar: exact below 65,536.
  private static let sentenceStopTable = ScalarFilter(size: 65536, sentenceStops)
  private static let closerTable = ScalarFilter(size: 65536, closers)
  /// What ends a sentence and no list: `。！？!?` (a list's lines end in ；).
  static let fullStops: Set<Unicode.Scalar> = Set("。！？!?".unicodeScalars)
  /// What ends a clause of a unit: commas, colons and semicolons.
  static let clauseBreaks: Set<Unicode.Scalar> = Set("，,：:；;".unicodeScalars)
  /// Commas and colons, which end a speaker's lead-in (彭清华指出，, 陈之常强调：).
  static let leadInBreaks: Set<Unicode.Scalar> = Set("，,：:".unicodeScalars)
  /// What ends the clause of a label's list (责任单位：A、B，…): commas, semicolons, a stop.
  static let listBreaks: Set<Unicode.Scalar> = Set("，,；;。".unicodeScalars)
  /// Colons, which open a list (…职责：住建局…；).
  static let colons: Set<Unicode.Scalar> = Set("：:".unicodeScalars)
  /// Question marks.
  static let questionMarks: Set<Unicode.Scalar> = Set("？?".unicodeScalars)
  /// Brackets that open and close an aside or a note (（牵头单位：…）, 水利(防办)).
  static let openingBrackets: Set<Unicode.Scalar> = Set("(（".unicodeScalars)
  static let closingBrackets: Set<Unicode.Scalar> = Set(")）".unicodeScalars)
  /// What ends a sentence for the time scanner: the stops and a line break.
  static let sentenceMarks: Set<Character> = Set("。；;！!？?\n")
  /// What ends a clause for the time scanner: commas, stops, colons, closing marks, spaces.
  static let clauseMarks: Set<Character> = Set("，,。；;！!？?、：:）)”\"’\n 　")

  // MARK: - Quotes

  /// Quotation marks that may wrap a name (“两节”期间).
  static let quotes: Set<Character> = Set("“”\"‘’「」《》")
  /// What may stand before a name that frames its clause (，五一非必要不外出): a clause break,
  /// neither a list's 、 nor a quotation mark.
  static let framingBreaks: Set<Character> = Set("，,；;：:。！？!?")
  /// The marks around a document's title (《…》), inside which no phrase is the speech's own.
  static let titleMarks: (open: Character, close: Character) = ("《", "》")
  /// The opening ones, which belong to the phrase they open.
  static let openingQuotes: Set<Character> = Set("“‘「\"")
  /// Quotation marks as scalars, around what a unit quotes (“领导干部要坚守岗位”).
  static let openingQuoteScalars: Set<Unicode.Scalar> = Set("“「『".unicodeScalars)
  static let closingQuoteScalars: Set<Unicode.Scalar> = Set("”」』".unicodeScalars)

  // MARK: - Item markers

  /// What ends an Arabic item number: the dot of 1., the 、 of 2、, the bracket of 3）.
  static let itemNumberEnds: Set<Unicode.Scalar> = Set(".、．)）".unicodeScalars)
  /// What may not follow an inline item's verb (一是，): the item is then not a list item.
  static let afterInlineItem: Set<Unicode.Scalar> = Set("，。、；：,.;:".unicodeScalars)

  // MARK: - Comma repair

  /// Punctuation that swallows a comma written just before it.
  static let commaAbsorbers: Set<Unicode.Scalar> = Set(",、，。；：！？;:!?”」』）)".unicodeScalars)
  /// Punctuation after which a comma is always stray.
  static let strayCommaAfter: Set<Unicode.Scalar> = Set("、，。；：“「『（(".unicodeScalars)
}
