import Foundation
import PackagePlugin

/// Compiles `intents/*.yaml` into the target it is applied to, as generated Swift source.
/// Every intent file is an input of the build command, so editing one and building again regenerates it.
///
/// SwiftPM runs build-tool plugins again only when the files in a target's folder change, so the target's folder
/// holds `intents`, a link to the package's `intents/`: a file added there then becomes an input of the command too.
@main
struct EmbedIntents: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let folder = context.package.directoryURL.appendingPathComponent("intents")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
        let inputs = names.map { folder.appendingPathComponent($0) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("BundledIntents+Generated.swift")
        return [
            .buildCommand(
                displayName: "Embedding intents/*.yaml",
                executable: try context.tool(named: "embed-intents").url,
                arguments: [output.path, folder.path],
                inputFiles: inputs + [folder],
                outputFiles: [output])
        ]
    }
}
