import Testing

@testable import ChecklistCore

@Suite struct JSONLinesRendererTests {
  @Test func writesTheContractsFieldsInOrderAndEscapes() {
    let directive = Directive(
      id: "0123456789",
      file: "a \"b\".txt",
      document: 2,
      line: 7,
      text: "要加强\t管理。",
      departments: [
        DepartmentAssignment(name: "卫健委", role: .lead, basis: .rule, rule: "fever_clinic")
      ],
      deadline: Deadline(
        text: "14天",
        kind: .within,
        due: CalendarDate(year: 2021, month: 2, day: 10)
      )
    )
    #expect(
      JSONLinesRenderer().render([directive])
        == #"{"id":"0123456789","file":"a \"b\".txt","document":2,"line":7,"text":"要加强\t管理。","source":"要加强\t管理。","departments":[{"name":"卫健委","role":"lead","basis":"rule","rule":"fever_clinic","via":"rule"}],"owner":null,"action":null,"deadline":{"text":"14天","kind":"within","due":"2021-02-10","every":null}}"#
        + "\n"
    )
  }
}
