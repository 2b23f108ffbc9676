import ArgumentParser
import ChecklistCore
import ChecklistServer
import Foundation
import Synchronization

extension Checklist {
  /// `checklist serve TRACKER`: the tracker's web front end for the office and the
  /// departments; `--issue-token NAME`: a department's secret sign-in link.
  struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Serve a tracker as web pages where each department reports on its own tasks.",
      discussion: """
        The office signs in with its own link and confirms or sends back what the departments \
        report; each department signs in with its link and sees only its tasks. Every change \
        is written to the tracker with the same lock and atomic rename as 'checklist done', \
        and the pages show the file as it is on disk. Links come from --issue-token and \
        --issue-office-token, which print a token once and store only its SHA-256 hash in \
        TRACKER.tokens; issuing again replaces the old link. Serve plain HTTP on 127.0.0.1 \
        and put a TLS proxy in front (see README).
        """
    )

    @Argument(help: "The tracker file.")
    var tracker: String

    @OptionGroup var extraction: ExtractionOptions

    @Option(
      name: .customLong("speech"),
      help: "A speech of the tracker, to show each task's source sentence (repeatable)."
    )
    var speeches: [String] = []

    @Option(help: "The address to listen on.")
    var bind = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @Option(
      help: "A folder with the serve-*.html.mustache templates to use instead of the shipped ones."
    )
    var templates: String?

    @Option(help: "The office's name, which signs its decisions.")
    var officeName = "督查室"

    @Option(help: "Tasks due within this many days count as due soon.")
    var warnDays: Int = 3

    @Option(help: "The day to take as today (YYYY-MM-DD), for demonstrations and tests.")
    var asOf: String?

    @Option(
      help:
        "The address departments open, for the printed links (https://duban.example.gov.cn)."
    )
    var publicURL: String?

    @Flag(help: "Mark the session cookie Secure (behind a TLS proxy).")
    var secureCookies = false

    @Flag(help: "Take the client's address from the last X-Forwarded-For entry (behind a proxy).")
    var trustProxy = false

    @Option(help: "Print a new sign-in token for this department and exit.")
    var issueToken: String?

    @Flag(help: "Print a new sign-in token for the office and exit.")
    var issueOfficeToken = false

    func validate() throws {
      try TrackerCommandSupport.validateDate(asOf, option: "--as-of")
      if warnDays < 0 { throw ValidationError("--warn-days must not be negative.") }
      if !(0...65535).contains(port) { throw ValidationError("--port must be 0 to 65535.") }
      if issueToken != nil && issueOfficeToken {
        throw ValidationError("Give --issue-token or --issue-office-token, not both.")
      }
    }

    func run() throws {
      let configuration = try reportingErrors { try makeConfiguration() }
      if issueToken != nil || issueOfficeToken {
        try reportingErrors { try issue(configuration) }
        return
      }
      let server = try reportingErrors { try TrackerServer(configuration: configuration) }
      let application = server.application(host: bind, port: port) { port in
        printError("serving \(tracker) on http://\(bind):\(port)/ (sign in with /t/<token>)")
      }
      do {
        try Self.waiting { try await application.runService() }
      } catch {
        // Hummingbird's own words (a bind that failed: address already in use), on one line.
        printError("error: cannot serve on \(bind):\(port): \(error)")
        throw ExitCode.failure
      }
    }
  }
}

// MARK: - Helpers

extension Checklist.Serve {
  /// Runs `work` on Swift's concurrency pool and waits on this thread until it ends.
  ///
  /// The command is synchronous, like every other, so that the others keep running on the main
  /// thread: the pool's threads block signals, and a write cut short by the file size limit
  /// must end the process (SIGXFSZ) as it does for any program, not turn into an error.
  fileprivate static func waiting(for work: @escaping @Sendable () async throws -> Void) throws {
    let finished = DispatchSemaphore(value: 0)
    let failure = Mutex<(any Error)?>(nil)
    Task {
      do { try await work() } catch { failure.withLock { $0 = error } }
      finished.signal()
    }
    finished.wait()
    if let error = failure.withLock({ $0 }) { throw error }
  }

  fileprivate func makeConfiguration() throws -> ServerConfiguration {
    let day = asOf.flatMap(CalendarDate.init(iso:))
    var configuration = ServerConfiguration(
      trackerPath: tracker,
      templatesDirectory: try ResourceLocator.templatesDirectory(override: templates),
      today: { day ?? TrackerCommandSupport.today }
    )
    configuration.officeName = officeName
    configuration.warningDays = warnDays
    configuration.secureCookies = secureCookies
    configuration.trustForwardedFor = trustProxy
    if let file = extraction.roster {
      let rules = try RuleSet.load(directory: try extraction.rules.directory())
      let roster = try Roster(path: file, departments: Set(rules.departments.map(\.name)))
      configuration.rosterDepartments = roster.entries.keys.sorted()
      for name in roster.entries.keys { configuration.people[name] = roster.person(for: name) }
    }
    if !speeches.isEmpty {
      let directives = try extraction.makePipeline().extract(paths: speeches)
      configuration.sources = SourceSentences(directives: directives)
    }
    return configuration
  }

  fileprivate func issue(_ configuration: ServerConfiguration) throws {
    let principal: Principal
    if let name = issueToken {
      let document = try TrackerFile.read(path: tracker)
      var known = document.departments
      for tracked in document.tasks { known += tracked.leads + tracked.supports }
      known += configuration.rosterDepartments
      var seen: Set<String> = []
      known = known.filter { seen.insert($0).inserted }
      guard known.contains(name) else { throw ServerError.unknownDepartment(name, known: known) }
      principal = .department(name)
    } else {
      principal = .office(officeName)
    }
    let token = try TokenFile.issue(for: principal, at: configuration.tokensPath)
    let base =
      publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
      ?? "http://\(bind):\(port)"
    print("token for \(principal.name): \(token)")
    print("sign-in link: \(base)/t/\(token)")
  }
}
