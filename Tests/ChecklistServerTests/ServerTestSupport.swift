import ChecklistCore
import ChecklistServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The package's root folder, found from this file's path.
let packageRoot: URL = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The tracker every route test starts from: hostile text in a task, a heading and a note,
/// a lead with a supporter, a postponed task, a task of another department.
let trackerText = """
  # 任务跟踪

  ## 卫健委

  - [ ] 加强发热门诊管理</td><script>alert(1)</script> id:a0000001 due:2021-02-10 owner:主要负责同志 with:公安局 src:000.txt:12
    - 2月8日 <img src=x onerror=alert(2)> 已督查
  - [>] 完成全员核酸检测 id:a0000002 due:2021-02-05 src:000.txt:16 延期:2021-02-12 原因:试剂未到位

  ## 公安局

  - [ ] 维护秩序 id:b0000001 due:2021-02-01

  ## <b>教育局</b>

  - [ ] 做好校园防控 id:c0000001 due:2021-03-01

  """

/// A tracker in a folder of its own, with tokens for the office and three departments, and a
/// server over it whose today is 2021-02-09.
struct ServerFixture {
  let folder: URL
  let tracker: String
  let officeToken: String
  let healthToken: String
  let policeToken: String
  let schoolToken: String
  let server: TrackerServer

  init(text: String = trackerText, limit: Int = 5) throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("checklist-serve-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    tracker = folder.appendingPathComponent("tasks.md").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: tracker))
    let tokens = TokenFile.path(besideTracker: tracker)
    officeToken = try TokenFile.issue(for: .office("督查室"), at: tokens)
    healthToken = try TokenFile.issue(for: .department("卫健委"), at: tokens)
    policeToken = try TokenFile.issue(for: .department("公安局"), at: tokens)
    schoolToken = try TokenFile.issue(for: .department("<b>教育局</b>"), at: tokens)
    var configuration = ServerConfiguration(
      trackerPath: tracker,
      templatesDirectory: packageRoot.appendingPathComponent("templates").path,
      today: { CalendarDate(year: 2021, month: 2, day: 9) ?? CalendarDate(daysSinceEpoch: 0) }
    )
    configuration.people = ["卫健委": "张三 (0571-1234567)"]
    configuration.signInFailureLimit = limit
    configuration.trustForwardedFor = true
    server = try TrackerServer(configuration: configuration)
  }

  /// The tracker's text now.
  func text() throws -> String {
    String(decoding: try Data(contentsOf: URL(fileURLWithPath: tracker)), as: UTF8.self)
  }

  /// Runs `body` with a client that sends requests straight to the router.
  func test<Value: Sendable>(_ body: @Sendable (Browser) async throws -> Value) async throws
    -> Value
  {
    try await server.application(host: "127.0.0.1", port: 0).test(.router) { client in
      try await body(Browser(client: client))
    }
  }
}

/// A client that keeps a session cookie and reads the CSRF token and task versions off the
/// pages it gets.
struct Browser: Sendable {
  let client: any TestClientProtocol
  var cookie: String?

  init(client: any TestClientProtocol) {
    self.client = client
  }

  /// Signs in with `token`; returns the sign-in response.
  @discardableResult
  mutating func signIn(_ token: String, from address: String = "192.0.2.1") async throws
    -> TestResponse
  {
    let response = try await client.execute(
      uri: "/t/\(token)",
      method: .get,
      headers: forwarded(address)
    )
    if let setCookie = response.headers[.setCookie],
      let value = setCookie.split(separator: ";").first
    {
      cookie = String(value)
    }
    return response
  }

  /// A page, with the session's cookie.
  func get(_ uri: String) async throws -> TestResponse {
    try await client.execute(uri: uri, method: .get, headers: headers())
  }

  /// The body of a page.
  func page(_ uri: String = "/") async throws -> String {
    String(buffer: try await get(uri).body)
  }

  /// Posts a form; `csrf` and `version` are read off the page unless given.
  func post(
    _ uri: String,
    _ fields: [String: String],
    csrf: String? = nil,
    version task: String? = nil
  ) async throws -> TestResponse {
    var fields = fields
    let current = try await page()
    if fields["csrf"] == nil { fields["csrf"] = csrf ?? Self.csrf(in: current) }
    if let task, fields["version"] == nil {
      fields["version"] = Self.version(of: task, in: current)
    }
    var headers = headers()
    headers[.contentType] = "application/x-www-form-urlencoded"
    return try await client.execute(
      uri: uri,
      method: .post,
      headers: headers,
      body: ByteBuffer(string: Self.encode(fields))
    )
  }

  /// The CSRF token of a page's forms.
  static func csrf(in page: String) -> String {
    value(after: "name=\"csrf\" value=\"", in: page)
  }

  /// The version the forms of task `id` carry on a page.
  static func version(of id: String, in page: String) -> String {
    guard
      let form = page.range(of: "action=\"/tasks/\(id)/")
        ?? page.range(of: "action=\"/office/tasks/\(id)/")
    else { return "" }
    return value(after: "name=\"version\" value=\"", in: String(page[form.upperBound...]))
  }

  /// `a=1&b=2`, percent-encoded, spaces as `+`.
  static func encode(_ fields: [String: String]) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return fields.sorted { $0.key < $1.key }.map { key, value in
      let encoded = value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
      return "\(key)=\(encoded)"
    }.joined(separator: "&")
  }

  private func headers() -> HTTPFields {
    var headers = forwarded("192.0.2.1")
    if let cookie { headers[.cookie] = cookie }
    return headers
  }

  private func forwarded(_ address: String) -> HTTPFields {
    var headers = HTTPFields()
    if let name = HTTPField.Name("X-Forwarded-For") { headers[name] = address }
    return headers
  }

  private static func value(after marker: String, in text: String) -> String {
    guard let start = text.range(of: marker) else { return "" }
    return String(text[start.upperBound...].prefix { $0 != "\"" })
  }
}
