import Foundation
import Testing

@testable import ChecklistCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every file the tool rewrites (trackers, reports, exports, checklists) under a hostile test.
///
/// Links, permissions, odd kinds of file, outputs over inputs, full disks, killed writers and
/// held locks: each case failed on the code before issue 12.
@Suite("Bad input: files the tool rewrites")
struct FileSafetyTests {
  let folder: BadInputFolder

  init() throws {
    folder = try BadInputFolder()
  }

  static let tracker = "# 跟踪\n\n## 卫健委\n\n- [ ] 任务一 id:aaaa0001\n- [ ] 任务二 id:bbbb0002\n"

  /// Ticks task aaaa0001 off in the tracker at `path`.
  func done(_ path: String, _ extra: [String] = [], through wrapper: [String] = []) throws
    -> CommandResult
  {
    try runChecklist(
      ["done", "aaaa0001", "--tracker", path, "--on", "2021-02-09"] + extra,
      timeout: 20,
      through: wrapper
    )
  }

  // MARK: - 1. Symbolic links

  @Test("1. A symlinked tracker is written through to its target; the link stays a link")
  func symlinkedTracker() throws {
    let target = try folder.write("real/t.md", Self.tracker)
    let link = folder.path("link.md")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real/t.md")
    let result = try done(link)
    #expect(result.status == 0, "\(result.error)")
    #expect(FileKind(mode: linkStatus(link)?.st_mode ?? 0) == .symbolicLink)
    #expect(try String(contentsOfFile: target, encoding: .utf8).contains("[x] 任务一"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("real")) == ["t.md"])
  }

  @Test("1. A symlinked report is written through to its target")
  func symlinkedReport() throws {
    let tracker = try folder.write("t.md", Self.tracker)
    let target = try folder.write("pages/report.html", "")
    let link = folder.path("report.html")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let result = try runChecklist(["report", tracker, "--html", link], timeout: 20)
    #expect(result.status == 0, "\(result.error)")
    #expect(FileKind(mode: linkStatus(link)?.st_mode ?? 0) == .symbolicLink)
    #expect(try String(contentsOfFile: target, encoding: .utf8).contains("<html"))
  }

  // MARK: - 2. Permissions, owner, group, hard links

  @Test("2. A read-only tracker is refused, for a user who is not root")
  func readOnlyTracker() throws {
    // As root, the tracker goes to nobody and a copy of the executable runs as nobody (through
    // setpriv), since root may write any file; as anyone else the command runs as that user.
    let executable = runningAsRoot ? try executableCopy(in: folder) : checklistExecutable
    let path = try folder.write("t.md", Self.tracker)
    if runningAsRoot {
      chown(folder.url.path, 65534, 65534)
      chown(path, 65534, 65534)
    }
    chmod(path, 0o444)
    let before = try bytes(path)
    let result = try runChecklist(
      ["done", "aaaa0001", "--tracker", path, "--on", "2021-02-09"],
      timeout: 20,
      through: asUnprivilegedUser,
      executable: executable
    )
    #expect(result.status == 1)
    #expect(
      result.error == "\(path): error: cannot write the tracker: it is read-only (mode 0444)\n"
    )
    #expect(try bytes(path) == before)
    #expect(try folder.contents().filter { $0 != "bin" } == ["t.md"])
  }

  @Test("2. Mode, owner and group are kept when the tracker is replaced")
  func modeOwnerAndGroupAreKept() throws {
    let path = try folder.write("t.md", Self.tracker)
    chmod(path, 0o640)
    // Only root may give a file away; as another user the owner and group are already theirs.
    let (owner, group): (uid_t, gid_t) = runningAsRoot ? (65534, 65534) : (getuid(), getgid())
    chown(path, owner, group)
    let result = try done(path)
    #expect(result.status == 0, "\(result.error)")
    let status = try #require(linkStatus(path))
    #expect(status.st_mode & 0o7777 == 0o640)
    #expect(status.st_uid == owner)
    #expect(status.st_gid == group)
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("[x] 任务一"))
  }

  @Test("2. A tracker with a second hard link is refused, not parted from it")
  func hardLinkedTracker() throws {
    let path = try folder.write("t.md", Self.tracker)
    let other = folder.path("copy.md")
    #expect(link(path, other) == 0)
    let result = try done(path)
    #expect(result.status == 1)
    #expect(
      result.error
        == "\(path): error: cannot write the tracker: it has 2 hard links, and replacing it "
        + "would part it from the others; remove the other links first\n"
    )
    #expect(linkStatus(path)?.st_ino == linkStatus(other)?.st_ino)
    #expect(try String(contentsOfFile: other, encoding: .utf8) == Self.tracker)
  }

  // MARK: - 3. Not a regular file

  @Test("3. A named pipe as a tracker is refused at once")
  func fifoTracker() throws {
    let path = folder.path("f.md")
    #expect(mkfifo(path, 0o644) == 0)
    let result = try done(path)
    #expect(result.status == 1)
    #expect(
      result.error
        == "\(path): error: cannot read the tracker: it is a named pipe (FIFO), not a regular file\n"
    )
  }

  @Test("3. A named pipe as a speech is refused at once")
  func fifoSpeech() throws {
    let path = folder.path("speech.txt")
    #expect(mkfifo(path, 0o644) == 0)
    let result = try runChecklist(["extract", path], timeout: 20)
    #expect(result.status == 1)
    #expect(
      result.error
        == "\(path): error: cannot read the file: it is a named pipe (FIFO), not a regular file\n"
    )
  }

  @Test("3. A folder as a tracker, /dev/zero as a speech: the true reason")
  func folderAndDevice() throws {
    let path = folder.path("d.md")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    let tracker = try done(path)
    #expect(tracker.status == 1)
    #expect(
      tracker.error
        == "\(path): error: cannot read the tracker: it is a folder, not a regular file\n"
    )
    let device = try runChecklist(["extract", "/dev/zero"], timeout: 20)
    #expect(device.status == 1)
    #expect(
      device.error
        == "/dev/zero: error: cannot read the file: it is a character device, not a regular file\n"
    )
  }

  @Test("3. A named pipe or a folder as an output is refused, not replaced")
  func fifoAndFolderOutputs() throws {
    let tracker = try folder.write("t.md", Self.tracker)
    let fifo = folder.path("report.html")
    #expect(mkfifo(fifo, 0o644) == 0)
    let report = try runChecklist(["report", tracker, "--html", fifo], timeout: 20)
    #expect(report.status == 1)
    #expect(
      report.error
        == "\(fifo): error: cannot write the report: it is a named pipe (FIFO), not a regular file\n"
    )
    #expect(FileKind(mode: linkStatus(fifo)?.st_mode ?? 0) == .fifo)
    let directory = folder.path("todo.txt")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
    let export = try runChecklist(["export", tracker, directory, "--todotxt"], timeout: 20)
    #expect(export.status == 1)
    #expect(
      export.error
        == "\(directory): error: cannot write the export: it is a folder, not a regular file\n"
    )
  }

  // MARK: - 4. Outputs over inputs, and over files the tool did not write

  @Test(
    "4. An output path that is an input of the same run is refused",
    arguments: ["report", "export"]
  )
  func outputOverInput(command: String) throws {
    let path = try folder.write("t.md", Self.tracker)
    let arguments =
      command == "report" ? ["report", path, "--html", path] : ["export", path, path, "--todotxt"]
    let result = try runChecklist(arguments + ["--force"], timeout: 20)
    let what = command == "report" ? "the report" : "the export"
    #expect(result.status == 1)
    #expect(
      result.error == "\(path): error: cannot write \(what): it is an input of this run\n"
    )
    #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.tracker)
  }

  @Test("4. A file the tool did not write is replaced only with --force")
  func foreignFilesNeedForce() throws {
    let speech = try folder.write("speech.txt", "市教育局要加强校园管理。\n")
    let index = try folder.write("index.md", "# 我的笔记\n")
    let refused = try runChecklist(["generate", speech, "--out", folder.url.path], timeout: 20)
    #expect(refused.status == 1)
    #expect(
      refused.error
        == "\(index): error: cannot write the checklist: checklist did not write this file; "
        + "pass --force to replace it\n"
    )
    #expect(try String(contentsOfFile: index, encoding: .utf8) == "# 我的笔记\n")
    #expect(try folder.contents() == ["index.md", "speech.txt"])
    let forced = try runChecklist(
      ["generate", speech, "--out", folder.url.path, "--force"],
      timeout: 20
    )
    #expect(forced.status == 0, "\(forced.error)")
    // What the tool wrote it may write again, without --force.
    let again = try runChecklist(["generate", speech, "--out", folder.url.path], timeout: 20)
    #expect(again.status == 0, "\(again.error)")
    let tracker = try folder.write("t.md", Self.tracker)
    let notes = try folder.write("notes.txt", "买菜\n")
    let export = try runChecklist(["export", tracker, notes, "--todotxt"], timeout: 20)
    #expect(export.status == 1)
    #expect(try String(contentsOfFile: notes, encoding: .utf8) == "买菜\n")
    let exportAgain = try runChecklist(
      ["export", tracker, folder.path("todo.txt"), "--todotxt"],
      timeout: 20
    )
    #expect(exportAgain.status == 0, "\(exportAgain.error)")
    let overExport = try runChecklist(
      ["export", tracker, folder.path("todo.txt"), "--todotxt"],
      timeout: 20
    )
    #expect(overExport.status == 0, "\(overExport.error)")
  }

  @Test(
    "4. Workbooks, calendars, notices and bulletins the tool wrote are replaced; others need --force"
  )
  func everyOutputFormatKnowsItsOwnFiles() throws {
    let tracker = try folder.write(
      "t.md",
      "# 跟踪\n\n## 卫健委\n\n- [ ] 任务一 id:aaaa0001 due:2021-02-01\n"
    )
    let runs: [[String]] = [
      ["report", tracker, "--xlsx", folder.path("ledger.xlsx"), "--as-of", "2021-02-02"],
      ["export", tracker, "--ics", folder.path("t.ics"), "--as-of", "2021-02-02"],
      ["remind", tracker, "--out", folder.path("notices"), "--as-of", "2021-02-02"],
      [
        "digest", tracker, "--since", "2021-01-01", "--as-of", "2021-02-02", "--out",
        folder.path("d.md"),
      ],
    ]
    for arguments in runs {
      for _ in 0..<2 {
        let result = try runChecklist(arguments, timeout: 60)
        #expect(result.status == 0, "\(arguments): \(result.error)")
      }
    }
    for name in ["ledger.xlsx", "t.ics", "d.md"] {
      try folder.write(name, [0x50, 0x4B, 0x03, 0x04] + Array("someone else's".utf8))
    }
    try folder.write("notices/卫健委催办通知.docx", [0x50, 0x4B, 0x03, 0x04])
    for arguments in runs {
      let refused = try runChecklist(arguments, timeout: 60)
      #expect(refused.status == 1, "\(arguments)")
      #expect(refused.error.contains("checklist did not write this file; pass --force"))
      let forced = try runChecklist(arguments + ["--force"], timeout: 60)
      #expect(forced.status == 0, "\(arguments): \(forced.error)")
    }
  }

  // MARK: - 5. Half-written output

  /// A speech with one department of many tasks: its checklist is tens of kilobytes, the index
  /// a few hundred bytes.
  func bigSpeech() throws -> String {
    var text = "关于加强管理的讲话\n"
    for index in 0..<300 { text += "市教育局要加强第\(index)项校园安全管理工作。\n" }
    return try folder.write("speech.txt", text)
  }

  /// Runs through Python with file writes bounded to `kilobytes`: `ignoreSignal` makes a write
  /// past the bound fail with EFBIG (as on a full disk); otherwise SIGXFSZ kills the writer in
  /// the middle of its write, as kill -9 would. (The test runner's threads block the signal,
  /// and a shell cannot unblock it; Python can.)
  func bounded(kilobytes: Int, ignoreSignal: Bool) -> [String] {
    let handler = ignoreSignal ? "SIG_IGN" : "SIG_DFL"
    return [
      "/usr/bin/env", "python3", "-c",
      "import os, resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.\(handler)); "
        + "signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGXFSZ]); "
        + "resource.setrlimit(resource.RLIMIT_FSIZE, (\(kilobytes * 1024), \(kilobytes * 1024))); "
        + "os.execv(sys.argv[1], sys.argv[1:])",
    ]
  }

  @Test("5. A generate that fails part-way leaves no folder and no file")
  func halfWrittenOutputIsRemoved() throws {
    let speech = try bigSpeech()
    let out = folder.path("out")
    let result = try runChecklist(
      ["generate", speech, "--out", out],
      timeout: 60,
      through: bounded(kilobytes: 8, ignoreSignal: true)
    )
    #expect(result.status == 1)
    #expect(result.error.hasPrefix("\(out)/教育局.md: error: cannot write the checklist: "))
    #expect(try folder.contents() == ["speech.txt"])
  }

  @Test("5. A failed generate into an existing folder changes none of its files")
  func failedGenerateKeepsTheOldSet() throws {
    let speech = try bigSpeech()
    let out = folder.path("out")
    let first = try runChecklist(["generate", speech, "--out", out], timeout: 60)
    #expect(first.status == 0, "\(first.error)")
    let before = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    let index = try bytes("\(out)/index.md")
    try folder.write(
      "speech.txt",
      try String(contentsOfFile: speech, encoding: .utf8) + "市卫健委要做好防控。\n"
    )
    let result = try runChecklist(
      ["generate", speech, "--out", out],
      timeout: 60,
      through: bounded(kilobytes: 8, ignoreSignal: true)
    )
    #expect(result.status == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == before)
    #expect(try bytes("\(out)/index.md") == index)
  }

  // MARK: - 6. Leftovers

  /// The id of a process that has ended.
  func deadProcessID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  @Test("6. A temporary file left by a dead writer is removed by the next command, which says so")
  func staleTemporaryFileIsRemoved() throws {
    let path = try folder.write("t.md", Self.tracker)
    let pid = try deadProcessID()
    let stale = try folder.write(".t.md.checklist-\(pid)-a1b2c3.tmp", "half a tracker")
    let result = try done(path)
    #expect(result.status == 0, "\(result.error)")
    #expect(
      result.error
        == "\(stale): note: removed a temporary file left by an interrupted run (process \(pid))\n"
    )
    #expect(try folder.contents() == ["t.md"])
  }

  @Test("6. A writer killed during its write leaves a file the next command removes")
  func killedWriterLeftovers() throws {
    // 200 KB of notes; a 64 KB bound on file size kills the writer in the middle of its write.
    let note = "  - " + String(repeating: "备注", count: 100) + "\n"
    let path = try folder.write("t.md", Self.tracker + String(repeating: note, count: 330))
    let before = try bytes(path)
    let killed = try done(path, through: bounded(kilobytes: 64, ignoreSignal: false))
    #expect(killed.status != 0 && killed.error.isEmpty, "\(killed)")
    #expect(try bytes(path) == before)
    let leftovers = try folder.contents().filter { $0 != "t.md" }
    #expect(leftovers.count == 1)
    let result = try done(path)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.error.contains(": note: removed a temporary file left by an interrupted run"))
    #expect(try folder.contents() == ["t.md"])
  }

  @Test("6. A tracker whose name is 252 bytes long can be written")
  func longNames() throws {
    let name = String(repeating: "跟", count: 83) + ".md"
    #expect(name.utf8.count == 252)
    let path = try folder.write(name, Self.tracker)
    let result = try done(path)
    #expect(result.status == 0, "\(result.error)")
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("[x] 任务一"))
    #expect(try folder.contents() == [name])
  }

  // MARK: - 7. Waiting for the lock

  @Test("7. A writer waiting for the lock says who holds it, then gives up after --wait")
  func lockWaitIsBounded() throws {
    let path = try folder.write("t.md", Self.tracker)
    let descriptor = open(path, O_RDONLY)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    #expect(flock(descriptor, LOCK_EX) == 0)
    let started = Date()
    let result = try done(path, ["--wait", "2"])
    let elapsed = Date().timeIntervalSince(started)
    #expect(result.status == 1)
    let lines = result.error.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    let pid = getpid()
    #expect(
      lines.first?.hasPrefix("\(path): waiting for the lock held by process \(pid) (") == true
    )
    #expect(
      lines.last?.hasPrefix(
        "\(path): error: cannot lock the tracker: process \(pid) ("
      ) == true
    )
    #expect(
      lines.last?.hasSuffix(
        ") has held it for 2 seconds; try again later, or wait longer with --wait SECONDS"
      ) == true
    )
    #expect(elapsed >= 2 && elapsed < 10)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.tracker)
  }
}
