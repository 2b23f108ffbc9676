/// Words the outputs share, each written once.
public enum Wording {
  /// The heading, column value and label for directives no specific department owns.
  public static let noSpecificOwner = "无具体责任单位"
}
