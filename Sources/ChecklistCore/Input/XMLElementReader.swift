internal import CLibXML2
import Foundation

/// Streams an XML document (a part of a .docx, pdftotext's page layout) to a handler, element by element, through libxml2's
/// `xmlTextReader`.
///
/// Names reach the handler without their namespace prefix (`w:p` as `p`), and so do attribute
/// names. Entities are not substituted and nothing is fetched from the network; a part that
/// declares a DTD is refused outright (Office never writes one, and a DTD is how entity bombs
/// and external entities get in), and so is nesting deeper than ``Limits/maximumXMLDepth``.
/// libxml2 prints nothing: its errors come back as the part's failure, with line and column.
///
/// Foundation's `XMLParser` was the first choice; on Linux it traps on an element name that is
/// not valid UTF-8, which any damaged document can hold.
enum XMLElementReader {
  /// What a part's elements are handed to.
  protocol Handler: AnyObject {
    /// An element opens.
    func start(_ name: String, attributes: [String: String])
    /// An element closes.
    func end(_ name: String)
    /// Text inside the current element.
    func characters(_ text: String)
  }

  /// Parses `data`, handing every element to `handler`.
  ///
  /// - Parameters:
  ///   - data: The part's bytes.
  ///   - handler: Receives the elements.
  /// - Returns: `nil` when the part was read to its end, otherwise what went wrong.
  static func parse(_ data: Data, handler: any Handler) -> String? {
    let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
    if head.contains("<!doctype") || head.contains("<!entity") {
      return "an XML part declares a DTD, which Word never writes"
    }
    guard data.count < Int(Int32.max) else { return "an XML part is too large" }
    let options =
      Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue)
      | Int32(XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
    return data.withUnsafeBytes { buffer -> String? in
      guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self),
        let reader = xmlReaderForMemory(base, Int32(buffer.count), nil, "UTF-8", options)
      else { return "an XML part cannot be opened" }
      defer { xmlFreeTextReader(reader) }
      return read(reader, handler: handler)
    }
  }
}

// MARK: - Helpers

extension XMLElementReader {
  fileprivate static func read(_ reader: xmlTextReaderPtr, handler: any Handler) -> String? {
    while true {
      let status = xmlTextReaderRead(reader)
      if status == 0 { return nil }
      guard status == 1 else { return failure(reader) }
      if xmlTextReaderDepth(reader) > Int32(Limits.maximumXMLDepth) {
        return "XML nested deeper than \(Limits.maximumXMLDepth) levels"
      }
      switch Int(xmlTextReaderNodeType(reader)) {
      case Int(XML_READER_TYPE_ELEMENT.rawValue):
        let name = string(xmlTextReaderConstLocalName(reader))
        let empty = xmlTextReaderIsEmptyElement(reader) == 1
        handler.start(name, attributes: attributes(reader))
        if empty { handler.end(name) }
      case Int(XML_READER_TYPE_END_ELEMENT.rawValue):
        handler.end(string(xmlTextReaderConstLocalName(reader)))
      case Int(XML_READER_TYPE_TEXT.rawValue), Int(XML_READER_TYPE_CDATA.rawValue),
        Int(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue),
        Int(XML_READER_TYPE_WHITESPACE.rawValue):
        handler.characters(string(xmlTextReaderConstValue(reader)))
      case Int(XML_READER_TYPE_DOCUMENT_TYPE.rawValue),
        Int(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
        return "an XML part declares a DTD or uses an entity, which Word never writes"
      default:
        break
      }
    }
  }

  fileprivate static func attributes(_ reader: xmlTextReaderPtr) -> [String: String] {
    var attributes: [String: String] = [:]
    guard xmlTextReaderHasAttributes(reader) == 1 else { return attributes }
    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
      attributes[string(xmlTextReaderConstLocalName(reader))] = string(
        xmlTextReaderConstValue(reader)
      )
    }
    xmlTextReaderMoveToElement(reader)
    return attributes
  }

  fileprivate static func failure(_ reader: xmlTextReaderPtr) -> String {
    let line = xmlTextReaderGetParserLineNumber(reader)
    let column = xmlTextReaderGetParserColumnNumber(reader)
    var detail = "malformed XML"
    if let error = xmlGetLastError(), let message = error.pointee.message {
      detail = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
    }
    return "line \(line), column \(column): \(detail)"
  }

  /// libxml2's UTF-8; invalid sequences (which libxml2 already refuses) would be repaired.
  fileprivate static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }
}
