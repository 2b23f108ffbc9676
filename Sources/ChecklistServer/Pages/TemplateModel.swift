import Mustache

/// A page model that the templates read through a table of key paths.
///
/// Mustache reads other values by reflection (`Mirror`), which builds and demangles every
/// field of a value on every name it looks up; on a department's page that was most of the
/// time spent. A model lists its fields once, by the names the templates use.
protocol TemplateModel: MustacheParent {
  /// The fields, by the names the templates use.
  static var fields: [String: PartialKeyPath<Self> & Sendable] { get }
}

extension TemplateModel {
  /// The field named `name`, with an optional unwrapped (`nil` hides a section).
  func child(named name: String) -> Any? {
    guard let path = Self.fields[name] else { return nil }
    let value = self[keyPath: path]
    if let optional = value as? any OptionalValue { return optional.wrappedValue }
    return value
  }
}

/// An `Optional` of any type, to unwrap one held in an `Any`.
protocol OptionalValue {
  /// The value, or `nil`.
  var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
  var wrappedValue: Any? { self.map { $0 } }
}
