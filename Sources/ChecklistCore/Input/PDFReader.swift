import Foundation

/// Reads the text layer of a PDF through poppler's `pdftotext`, in reading order, and puts
/// back together the paragraphs the page width broke into lines.
///
/// poppler runs as a separate process: a hostile PDF can crash or hang it without taking the
/// tool down, it is stopped after ``Limits/maximumPDFSeconds``, and its output is bounded by
/// ``Limits/maximumInputBytes``. A line's number is its line in `pdftotext FILE -` output, so
/// `pdftotext speech.pdf - | sed -n 12p` shows line 12.
struct PDFReader: Sendable {
  /// Reads the PDF at `path`.
  ///
  /// - Parameter path: The file.
  /// - Returns: One line per paragraph, numbered by the paragraph's first line.
  /// - Throws: ``DocumentError`` when pdftotext is missing or fails, or the PDF has no text.
  func read(path: String) throws(DocumentError) -> SourceText {
    guard let tool = Self.pdftotext() else { throw .pdfToolMissing(file: path) }
    let text = try Self.run(
      tool,
      arguments: ["-enc", "UTF-8", "-eol", "unix", path, "-"],
      file: path
    )
    let lines = Self.paragraphs(text)
    guard lines.contains(where: { !$0.text.trimmingWhitespace().isEmpty }) else {
      throw .noTextLayer(file: path)
    }
    return SourceText(file: path, lines: lines)
  }

  /// Joins the lines of `text` into paragraphs.
  ///
  /// pdftotext ends each line where the page did. A paragraph ends at a blank line, at a page
  /// break, at a line clearly shorter than the page's longest, and before a line that opens
  /// with an item marker (一、 （一） 1.). Chinese lines are joined directly, others with a space.
  ///
  /// - Parameter text: pdftotext's output.
  /// - Returns: One line per paragraph, numbered by its first line.
  static func paragraphs(_ text: String) -> [SourceLine] {
    let raw = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var pages: [[(number: Int, text: String)]] = [[]]
    for (index, line) in raw.enumerated() {
      var line = line
      while line.hasPrefix("\u{0C}") {
        line.removeFirst()
        pages.append([])
      }
      pages[pages.count - 1].append((index + 1, line.trimmingWhitespace()))
    }
    var result: [SourceLine] = []
    for page in pages {
      let widest = page.map { width($0.text) }.max() ?? 0
      var current: SourceLine?
      for line in page {
        if line.text.isEmpty {
          if let finished = current { result.append(finished) }
          current = nil
          continue
        }
        if var open = current, ItemMarker.leading(in: line.text) == nil {
          open.text = joined(open.text, line.text)
          current = open
        } else {
          if let finished = current { result.append(finished) }
          current = SourceLine(number: line.number, text: line.text)
        }
        // A short line is the last of its paragraph.
        if width(line.text) * 10 < widest * 8 {
          if let finished = current { result.append(finished) }
          current = nil
        }
      }
      if let finished = current { result.append(finished) }
    }
    return result
  }
}

// MARK: - Helpers

extension PDFReader {
  fileprivate static func pdftotext() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
    return folders.map { "\($0)/pdftotext" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Display width: a Chinese character counts two, as on the page.
  fileprivate static func width(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + ($1.value < 0x1100 ? 1 : 2) }
  }

  fileprivate static func joined(_ left: String, _ right: String) -> String {
    guard let last = left.unicodeScalars.last, let first = right.unicodeScalars.first else {
      return left + right
    }
    if last.value < 0x2E80 && first.value < 0x2E80 {
      return last == "-" ? String(left.dropLast()) + right : left + " " + right
    }
    return left + right
  }

  /// Runs `tool`, reading its output as it comes, within the time and size limits.
  fileprivate static func run(_ tool: String, arguments: [String], file: String)
    throws(DocumentError)
    -> String
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw .pdfUnreadable(
        file: file,
        detail: "pdftotext did not start: \(error.localizedDescription)"
      )
    }
    let collected = Collected()
    let done = DispatchGroup()
    for (pipe, isOutput) in [(output, true), (errors, false)] {
      done.enter()
      let handle = pipe.fileHandleForReading
      DispatchQueue.global().async {
        defer { done.leave() }
        while true {
          let chunk = handle.availableData
          if chunk.isEmpty { return }
          if !collected.append(chunk, toOutput: isOutput) { return }
        }
      }
    }
    let finished = done.wait(timeout: .now() + .seconds(Limits.maximumPDFSeconds))
    if finished == .timedOut || collected.overflowed {
      process.terminate()
      _ = done.wait(timeout: .now() + .seconds(5))
      process.waitUntilExit()
      if collected.overflowed {
        throw .pdfUnreadable(
          file: file,
          detail: "its text is larger than \(Limits.maximumInputBytes) bytes"
        )
      }
      throw .pdfUnreadable(
        file: file,
        detail: "pdftotext took longer than \(Limits.maximumPDFSeconds) s"
      )
    }
    process.waitUntilExit()
    let (text, messages) = collected.contents()
    guard process.terminationStatus == 0 else {
      let first = messages.split(separator: "\n").first { !$0.isEmpty }.map(String.init)
      let detail = first ?? "pdftotext failed (status \(process.terminationStatus))"
      if detail.localizedCaseInsensitiveContains("password") {
        throw .encrypted(file: file)
      }
      throw .pdfUnreadable(file: file, detail: detail)
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// What the two pipes gave, filled from two threads.
  private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var output = Data()
    private var errors = Data()
    private(set) var overflowed = false

    /// Adds a chunk; `false` once the output is past the limit.
    func append(_ chunk: Data, toOutput: Bool) -> Bool {
      lock.lock()
      defer { lock.unlock() }
      if toOutput {
        output.append(chunk)
        if output.count > Limits.maximumInputBytes { overflowed = true }
        return !overflowed
      }
      if errors.count < 64 * 1024 { errors.append(chunk) }
      return true
    }

    func contents() -> (Data, String) {
      lock.lock()
      defer { lock.unlock() }
      return (output, String(decoding: errors, as: UTF8.self))
    }
  }
}
