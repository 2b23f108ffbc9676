import Foundation
import Testing

@testable import ChecklistCore

/// The shipped rules and templates: built into the binary, unpacked when nothing is beside it,
/// copied for editing, and the messages when a folder is missing.
@Suite struct ResourceTests {
  @Test func everyShippedFileIsBuiltIn() throws {
    for folder in ["rules", "templates"] {
      let url = packageRoot.appendingPathComponent(folder)
      let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        .filter { !$0.hasPrefix(".") }.sorted()
      #expect(BuiltInResources.fileNames(in: folder) == names)
      for file in BuiltInResources.files(in: folder) {
        let bytes = try Data(contentsOf: url.appendingPathComponent(file.name))
        #expect(file.bytes == bytes, "\(folder)/\(file.name) differs from its built-in copy")
      }
    }
  }

  @Test func theBuiltInRulesUnpackAndLoad() throws {
    let rules = try BuiltInResources.unpacked("rules")
    #expect(rules.hasSuffix("/rules"))
    let loaded = try RuleSet.load(directory: rules)
    #expect(loaded.files.count == shippedRuleSet.files.count)
    // A second call finds the unpacked copy.
    #expect(try BuiltInResources.unpacked("rules") == rules)
  }

  @Test func messagesNameTheOption() {
    #expect(
      ResourceError.missingInOverride(folder: "my", file: "departments.yaml").description
        == "my: error: the folder has no departments.yaml (given with --rules)"
    )
    #expect(
      ResourceError.missingInOverride(folder: "t", file: "report.html.mustache").description
        == "t: error: the folder has no report.html.mustache (given with --templates)"
    )
    let notFound = ResourceError.notFound(
      file: "templates/report.html.mustache",
      searched: ["/a/templates", "/templates"],
      builtIn: "the built-in copy could not be unpacked into /x: Permission denied"
    )
    #expect(
      notFound.description
        == "error: cannot find templates/report.html.mustache beside the executable, and the "
        + "built-in copy could not be unpacked into /x: Permission denied; pass the folder with "
        + "--templates DIR (searched /a/templates, /templates)"
    )
  }

  @Test func rulesInitCopiesOnceAndTheCopyLoads() throws {
    let folder = try temporaryFolder().appendingPathComponent("my-rules").path
    let result = try runChecklist(["rules", "init", folder])
    #expect(result.status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(
      result.output
        == "copied \(names.count) rule files to \(folder); use them with --rules \(folder)\n"
    )
    #expect(names == shippedRuleSet.files.map { ($0.path as NSString).lastPathComponent }.sorted())
    #expect(try runChecklist(["rules", "test", "--rules", folder]).status == 0)
    let again = try runChecklist(["rules", "init", folder])
    #expect(again.status == 1)
    #expect(
      again.error
        == "\(folder): error: cannot copy the shipped rules here: it already holds rule files; "
        + "choose an empty or new folder\n"
    )
  }

  @Test func theVersionIsPrinted() throws {
    let result = try runChecklist(["--version"])
    #expect(result.status == 0)
    #expect(result.output.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
  }
}
