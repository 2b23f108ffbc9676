import ChecklistCore
import ChecklistServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("checklist serve: sign-in by secret link")
struct SignInTests {
  @Test func aTokenSignsInWithASessionCookieAndLandsOnTheDepartmentsPage() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { base in
      var browser = base
      let response = try await browser.signIn(fixture.healthToken)
      #expect(response.status == .seeOther)
      #expect(response.headers[.location] == "/")
      let cookie = try #require(response.headers[.setCookie])
      #expect(cookie.hasPrefix("checklist_session="))
      #expect(cookie.contains("HttpOnly"))
      #expect(cookie.contains("SameSite=Lax"))
      #expect(cookie.contains("Path=/"))
      #expect(!cookie.contains(fixture.healthToken))
      let page = try await browser.page()
      #expect(page.contains("卫健委 · 任务清单"))
      #expect(page.contains("id=\"task-a0000001\""))
      #expect(page.contains("id=\"task-a0000002\""))
      #expect(!page.contains("维护秩序"))
      #expect(page.contains("张三 (0571-1234567)"))
    }
  }

  @Test func theTokenFileHoldsOnlyHashes() throws {
    let fixture = try ServerFixture()
    let file = try String(
      contentsOfFile: TokenFile.path(besideTracker: fixture.tracker),
      encoding: .utf8
    )
    for token in [fixture.officeToken, fixture.healthToken, fixture.policeToken] {
      #expect(!file.contains(token))
    }
    #expect(file.split(separator: "\n").filter { $0.hasPrefix("sha256:") }.count == 4)
    var status = stat()
    #expect(stat(TokenFile.path(besideTracker: fixture.tracker), &status) == 0)
    #expect(status.st_mode & 0o777 == 0o600)
  }

  @Test func withoutASessionEveryPageAsksForTheLink() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { browser in
      let response = try await browser.get("/")
      #expect(response.status == .unauthorized)
      #expect(String(buffer: response.body).contains("请使用督查室发给贵单位的专用链接登录"))
      #expect(try await browser.get("/tasks/a0000001").status == .unauthorized)
      let post = try await browser.post("/tasks/a0000001/progress", ["text": "x"], csrf: "")
      #expect(post.status == .unauthorized)
    }
    #expect(try fixture.text() == trackerText)
  }

  @Test func aWrongTokenIsRefusedAndFailuresAreRateLimitedPerClient() async throws {
    let fixture = try ServerFixture(limit: 3)
    try await fixture.test { base in
      var browser = base
      let wrong = String(repeating: "A", count: 43)
      for _ in 0..<3 {
        let response = try await browser.signIn(wrong, from: "198.51.100.7")
        #expect(response.status == .forbidden)
        #expect(response.headers[.setCookie] == nil)
      }
      // Over the limit, even the right token is not tried, and nothing tells it was right.
      let limited = try await browser.signIn(fixture.healthToken, from: "198.51.100.7")
      #expect(limited.status == .tooManyRequests)
      #expect(
        limited.headers[.retryAfter].flatMap { Int($0) }.map { (1...60).contains($0) } == true
      )
      #expect(limited.headers[.setCookie] == nil)
      // Another client is not held back.
      #expect(
        try await browser.signIn(fixture.healthToken, from: "198.51.100.8").status == .seeOther
      )
      // Malformed tokens and paths count as failures too.
      for token in ["short", "..%2F..%2Ftasks.md", fixture.healthToken + "x"] {
        #expect(try await browser.signIn(token, from: "203.0.113.9").status == .forbidden)
      }
      #expect(
        try await browser.signIn(fixture.healthToken, from: "203.0.113.9").status
          == .tooManyRequests
      )
    }
  }

  @Test func issuingANewTokenEndsTheOldLinkAndItsSessions() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { base in
      var browser = base
      try await browser.signIn(fixture.healthToken)
      #expect(try await browser.get("/").status == .ok)
      _ = try TokenFile.issue(
        for: .department("卫健委"),
        at: TokenFile.path(besideTracker: fixture.tracker)
      )
      #expect(try await browser.get("/").status == .unauthorized)
      var again = base
      #expect(try await again.signIn(fixture.healthToken).status == .forbidden)
    }
  }

  @Test func signingOutNeedsTheFormsToken() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { base in
      var browser = base
      try await browser.signIn(fixture.policeToken)
      let forged = try await browser.post("/signout", [:], csrf: "forged")
      #expect(forged.status == .forbidden)
      #expect(try await browser.get("/").status == .ok)
      let out = try await browser.post("/signout", [:])
      #expect(out.status == .seeOther)
      #expect(out.headers[.setCookie]?.contains("Max-Age=0") == true)
      #expect(try await browser.get("/").status == .unauthorized)
    }
  }

  @Test func everyResponseCarriesTheSecurityHeaders() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { base in
      var browser = base
      for response in [
        try await browser.get("/"),
        try await browser.get("/no/such/page"),
        try await browser.signIn(fixture.officeToken),
        try await browser.get("/"),
      ] {
        #expect(
          response.headers[.contentSecurityPolicy]
            == "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        )
        #expect(response.headers[.cacheControl] == "no-store")
        #expect(response.headers[.xContentTypeOptions] == "nosniff")
        #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
      }
      let missing = try await browser.get("/no/such/page")
      #expect(missing.status == .notFound)
      #expect(String(buffer: missing.body).contains("页面不存在"))
    }
  }
}
