import Foundation

/// Reads the text layer of a PDF through poppler's `pdftotext`, in reading order, and puts
/// back together the paragraphs the page width broke into lines (``PDFLayout``).
///
/// poppler runs as a separate process: a hostile PDF can crash or hang it without taking the
/// tool down, it is stopped after ``Limits/maximumPDFSeconds``, and its output is bounded by
/// ``Limits/maximumInputBytes``. As for a .docx, a line's number is its paragraph's, counted
/// in reading order from the first page.
struct PDFReader: Sendable {
  /// Reads the PDF at `path`.
  ///
  /// - Parameter path: The file.
  /// - Returns: One line per paragraph.
  /// - Throws: ``DocumentError`` when pdftotext is missing or fails, or the PDF has no text.
  func read(path: String) throws(DocumentError) -> SourceText {
    guard let tool = Self.pdftotext() else { throw .pdfToolMissing(file: path) }
    let xhtml = try Self.run(
      tool,
      arguments: ["-bbox-layout", "-enc", "UTF-8", path, "-"],
      file: path
    )
    let layout: PDFLayout
    switch PDFLayout.read(xhtml) {
    case .success(let read): layout = read
    case .failure(let failure):
      throw .pdfUnreadable(file: path, detail: "pdftotext's layout: \(failure.detail)")
    }
    let lines = layout.paragraphs().enumerated().map {
      SourceLine(number: $0.offset + 1, text: $0.element)
    }
    guard lines.contains(where: { !$0.text.trimmingWhitespace().isEmpty }) else {
      throw .noTextLayer(file: path)
    }
    return SourceText(file: path, lines: lines)
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

  /// Runs `tool`, reading its output as it comes, within the time and size limits.
  fileprivate static func run(_ tool: String, arguments: [String], file: String)
    throws(DocumentError)
    -> Data
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
    return text
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
