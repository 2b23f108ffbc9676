import Foundation
internal import ZIPFoundation

/// Packs a WordprocessingML main part (`word/document.xml`, rendered from a template) into a
/// `.docx` file with the few parts Word, WPS and LibreOffice need: the content types, the
/// package relationships, and a style sheet in the manner of a government notice (仿宋 三号
/// body, a centred 小标宋 title, bordered tables).
///
/// Entries carry a fixed date, so the same document gives the same bytes.
public enum DOCXWriter {
  /// The `.docx` bytes for a main part.
  ///
  /// - Parameters:
  ///   - document: The text of `word/document.xml`.
  ///   - path: The file the bytes are meant for, for errors.
  /// - Returns: The ZIP archive's bytes.
  /// - Throws: ``OutputError`` when the archive cannot be built.
  public static func package(document: String, path: String) throws(OutputError) -> [UInt8] {
    let parts: [(String, String)] = [
      ("[Content_Types].xml", contentTypes),
      ("_rels/.rels", packageRelationships),
      ("word/_rels/document.xml.rels", documentRelationships),
      ("word/styles.xml", styles),
      ("word/document.xml", document),
    ]
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      for (name, text) in parts {
        let data = Data(text.utf8)
        try archive.addEntry(
          with: name,
          type: .file,
          uncompressedSize: Int64(data.count),
          modificationDate: fixedDate,
          compressionMethod: .deflate
        ) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      guard let bytes = archive.data else {
        throw OutputError(path: path, operation: "build the .docx", reason: "no archive data")
      }
      return [UInt8](bytes)
    } catch let error as OutputError {
      throw error
    } catch {
      throw OutputError(path: path, operation: "build the .docx", reason: "\(error)")
    }
  }
}

// MARK: - Parts

extension DOCXWriter {
  /// 2020-01-01 00:00 UTC, the date every entry carries.
  fileprivate static let fixedDate = Date(timeIntervalSince1970: 1_577_836_800)

  fileprivate static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#

  fileprivate static let contentTypes =
    declaration
    + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
    + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
    + #"<Default Extension="xml" ContentType="application/xml"/>"#
    + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
    + #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
    + "</Types>"

  fileprivate static let packageRelationships =
    declaration
    + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
    + "</Relationships>"

  fileprivate static let documentRelationships =
    declaration
    + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
    + "</Relationships>"

  static let styles =
    declaration
    + #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
    + #"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>"#
    + #"<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>"#
    + #"<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>"#
    + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>"#
    + #"<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>"#
    + #"<w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr>"#
    + #"<w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>"#
    + #"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>"#
    + #"<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>"#
    + #"<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>"#
    + #"<w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>"#
    + #"<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#
    + #"<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#
    + #"<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#
    + #"<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>"#
    + "</w:styles>"
}
