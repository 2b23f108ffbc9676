import Foundation
import PackagePlugin

/// Compiles the package's `rules/` and `templates/` folders into the target it is applied to,
/// as `EmbeddedResources.files`, so that a `checklist` binary copied anywhere still has them.
///
/// Every file of both folders is an input of the build command, so editing a rule file rebuilds
/// the embedded copy. SwiftPM asks a plugin for its commands only when it plans the build anew,
/// so a file added or removed is not seen until then; `Scripts/setup.sh` and
/// `Scripts/install.sh` delete the output first, which makes the command run again, and the
/// tool lists the folders itself. `ResourceTests` fail on a stale copy.
@main
struct EmbedResources: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL
    let folders = ["rules", "templates"]
    var inputs: [URL] = []
    for folder in folders {
      let url = root.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      inputs += names.filter { !$0.hasPrefix(".") }.sorted().map { url.appendingPathComponent($0) }
    }
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedResources.swift")
    return [
      .buildCommand(
        displayName: "Embedding the shipped rules and templates into \(target.name)",
        executable: try context.tool(named: "embed-resources").url,
        arguments: [output.path, root.path] + folders,
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
