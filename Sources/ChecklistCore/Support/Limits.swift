/// Every size the tool refuses to go past, in one place; `docs/LIMITS.md` explains each.
///
/// Offices feed the tool whatever they have, so each input is bounded: past a limit the tool
/// stops with one line naming the file (and the line where there is one), and writes nothing.
/// The limits are far above anything a real speech, rule file or tracker needs.
public enum Limits {
  /// The largest speech file read, in bytes (64 MiB).
  public static let maximumInputBytes = 64 * 1024 * 1024
  /// The longest line of a speech, in bytes as the file stores them (UTF-8 or GB18030; UTF-16
  /// files are counted after conversion to UTF-8), 256 KiB; tracker lines are not limited.
  ///
  /// A longer line is not prose but a file that lost its line breaks (or binary data), and
  /// would only make every later stage slow.
  public static let maximumLineBytes = 256 * 1024
  /// The most sentences (units) read from one speech file.
  ///
  /// A long speech has a few hundred; past this the file is a compilation of a hundred speeches
  /// or more, to be given as several files.
  public static let maximumUnitsPerFile = 20_000
  /// The largest rule file read, in bytes (4 MiB).
  public static let maximumRuleFileBytes = 4 * 1024 * 1024
  /// The deepest nesting of YAML collections in a rule file.
  public static let maximumYAMLDepth = 64
  /// The most phrase rules a rule set may hold.
  public static let maximumRules = 100_000
  /// The longest phrase a rule may hold, in characters.
  public static let maximumPhraseLength = 64
  /// The longest example sentence a rule may hold, in characters.
  public static let maximumExampleLength = 2_000
  /// The most bytes one part of a .docx (its text, numbering or styles) may unpack to (64 MiB),
  /// counted as it is unpacked, whatever the archive claims: a zip bomb stops there.
  public static let maximumDocumentPartBytes = 64 * 1024 * 1024
  /// The most entries a .docx archive may list.
  public static let maximumArchiveEntries = 10_000
  /// The deepest nesting of XML elements read from a .docx part.
  public static let maximumXMLDepth = 256
  /// How long `pdftotext` may take over one PDF, in seconds.
  public static let maximumPDFSeconds = 60
}
