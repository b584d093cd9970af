import BundledIntents
import Foundation
import TestSupport
import Testing

/// The binary as it is installed: one file on the PATH that carries its intents, far from the source tree.
@Suite(.serialized)
struct InstallTests {
    /// The project's `intents/*.yaml`, name → text, read from the source tree.
    static func intentFiles() throws -> [String: String] {
        let folder = BinaryRunner.root.appendingPathComponent("intents").path
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".yaml") {
            files[name] = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        }
        return files
    }

    /// The built binary copied once per run into a folder of its own, far from the source tree. Copied once, so
    /// only the first run after the copy can meet another test's fork still holding it open for writing (ETXTBSY,
    /// which `BinaryRunner.run` tries again).
    static let installedBinary: String? = {
        guard let folder = try? Scratch.folder("installed-binary", holding: [:]) else { return nil }
        let binary = folder + "/orderhelp"
        return (try? FileManager.default.copyItem(atPath: BinaryRunner.binary, toPath: binary)) == nil ? nil : binary
    }()

    struct NoCopy: Error {}

    /// The installed copy, and an empty folder that serves as HOME and working directory.
    static func installedCopy() throws -> (binary: String, home: String) {
        guard let binary = installedBinary else { throw NoCopy() }
        return (binary, try Scratch.folder("installed", holding: [:]))
    }

    static func runInstalled(
        _ arguments: [String], input: String = "",
        environment: [String: String] = [:]
    ) throws -> BinaryRunner.Result {
        let (binary, home) = try installedCopy()
        return try BinaryRunner.run(
            arguments, input: Data(input.utf8), directory: home,
            environment: ["HOME": home, "XDG_STATE_HOME": home].merging(environment) { $1 },
            executable: binary)
    }

    @Test("the intents compiled into the binary are exactly the files in intents/")
    func compiledInEqualsFiles() throws {
        let compiled = Dictionary(
            BundledIntents.files.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
        let files = try Self.intentFiles()
        #expect(BundledIntents.files.count == files.count)
        #expect(compiled.keys.sorted() == files.keys.sorted())
        for (name, text) in files {
            #expect(compiled[name] == text, "intents/\(name) differs from its compiled-in copy")
        }
        #expect(BundledIntents.files.map(\.name) == files.keys.sorted())
    }

    @Test("SwiftPM watches intents/ through the link in the BundledIntents target, so added files are embedded too")
    func bundledTargetLinksToIntents() throws {
        let link = BinaryRunner.root.appendingPathComponent("Sources/BundledIntents/intents").path
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "../../intents")
    }

    @Test("a copy alone in an empty folder asks for the status of an order to cancel")
    func installedCopyAnswers() throws {
        let json = try Self.runInstalled(["chat", "--json"], input: "how do I cancel my order?\n")
        #expect(json.status == 0, "\(json.stderr)")
        let turn = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(turn?["intent"] as? String == "cancel_order")
        #expect(turn?["asking"] as? String == "status")
        let plain = try Self.runInstalled([], input: "how do I cancel my order?\n")
        #expect(plain.stdout.contains("awaiting shipment"))
        #expect(plain.stderr.isEmpty)
    }

    @Test("a copy alone in an empty folder replays the transcripts green")
    func installedCopyReplays() throws {
        let (binary, home) = try Self.installedCopy()
        try FileManager.default.copyItem(
            atPath: BinaryRunner.root.appendingPathComponent("transcripts").path,
            toPath: home + "/transcripts")
        let result = try BinaryRunner.run(
            ["replay", "transcripts"], directory: home,
            environment: ["HOME": home], executable: binary)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.lines.last?.hasSuffix(" passed, 0 failed") == true)
        #expect(result.lines.last?.hasPrefix("0 passed") == false)
    }

    @Test("check with no folder checks the compiled-in intents and names them intents/<file>.yaml")
    func checkCompiledIn() throws {
        let result = try Self.runInstalled(["check"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try Self.intentFiles().keys.filter { $0 != "none.yaml" }
        #expect(result.stdout.hasPrefix("\(files.count) intents, "))
        for line in result.stderr.split(separator: "\n") {
            #expect(line.hasPrefix("intents/") && line.contains(".yaml:"), "\(line)")
        }
    }

    @Test("--intents beats ORDERHELP_INTENTS, which beats the compiled-in intents")
    func searchOrder() throws {
        let answer = "answers:\n  default: {say: Fine., facts: []}\n"
        let one = try Scratch.folder("one", holding: ["alpha.yaml": "examples: [alpha order]\n" + answer])
        let two = try Scratch.folder(
            "two",
            holding: [
                "alpha.yaml": "examples: [alpha order]\n" + answer,
                "beta.yaml": "examples: [beta order]\n" + answer,
            ])
        let fromVariable = try Self.runInstalled(["check"], environment: ["ORDERHELP_INTENTS": one])
        #expect(fromVariable.stdout.hasPrefix("1 intents, 1 examples"))
        let fromOption = try Self.runInstalled(["check", "--intents", two], environment: ["ORDERHELP_INTENTS": one])
        #expect(fromOption.stdout.hasPrefix("2 intents, 2 examples"))
        let emptyVariable = try Self.runInstalled(["check"], environment: ["ORDERHELP_INTENTS": ""])
        #expect(!emptyVariable.stdout.hasPrefix("1 intents"))
        #expect(emptyVariable.status == 0)
    }

    @Test("--version prints the package version and the compiled-in intents and examples")
    func version() throws {
        let result = try Self.runInstalled(["--version"])
        #expect(result.status == 0)
        let check = try Self.runInstalled(["check"])
        let counts = check.stdout.split(separator: ":").first.map(String.init) ?? "?"
        let intents = try Self.intentFiles().keys.filter { $0 != "none.yaml" }.count
        #expect(counts.hasPrefix("\(intents) intents, "))
        #expect(result.stdout == "orderhelp 0.1.0 (\(counts) compiled in)\n")
    }

    @Test("shell completions come from ArgumentParser", arguments: ["bash", "zsh", "fish"])
    func completions(shell: String) throws {
        let result = try Self.runInstalled(["--generate-completion-script", shell])
        #expect(result.status == 0)
        #expect(result.stdout.contains("orderhelp"))
        #expect(result.stdout.contains("replay"))
    }

    @Test("file arguments complete as what they take: transcripts (*.txt), eval files (*.tsv), folders, files")
    func completionKinds() throws {
        let bash = try Self.runInstalled(["--generate-completion-script", "bash"]).stdout
        #expect(bash.contains("-o plusdirs -fX '!*.@(txt)'"))
        #expect(bash.contains("-o plusdirs -fX '!*.@(tsv)'"))
        let zsh = try Self.runInstalled(["--generate-completion-script", "zsh"]).stdout
        #expect(zsh.contains(":intents:_files -/'"))
        #expect(zsh.contains(":history:_files'"))
    }

    /// The root command's discussion, which `--help` prints and generate-manual turns into the man page's
    /// description: the chat's commands, the exit codes and the environment variables.
    static let documented = [
        "/help", "/reset", "/why", "/save FILE", "/quit", "0   fine", "1   a check failed",
        "2   bad input", "143 SIGTERM", "129 SIGHUP", "ORDERHELP_INTENTS", "ORDERHELP_HISTORY",
        "XDG_STATE_HOME", "NO_COLOR", "TERM",
    ]

    @Test("--help and the man page's source list the chat's commands, the exit codes and the environment variables")
    func discussion() throws {
        let help = try Self.runInstalled(["--help"]).stdout
        let dump = try Self.runInstalled(["--experimental-dump-help"]).stdout
        let object = try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any]
        let abstract = ((object?["command"] as? [String: Any])?["discussion"] as? String) ?? ""
        for text in Self.documented {
            #expect(help.contains(text), "--help lacks \(text)")
            #expect(abstract.contains(text), "the man page lacks \(text)")
        }
        // mdoc drops the en dash of "(0–1)": the man page printed "(01)".
        let eval = try Self.runInstalled(["eval", "--help"]).stdout
        #expect(eval.contains("fraction from 0 to 1"))
        #expect(!dump.unicodeScalars.contains { $0 == "\u{2013}" })
    }

    @Test("the help dump that generate-manual reads names every command")
    func manualSource() throws {
        let result = try Self.runInstalled(["--experimental-dump-help"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let command = object?["command"] as? [String: Any]
        #expect(command?["commandName"] as? String == "orderhelp")
        let names = (command?["subcommands"] as? [[String: Any]])?.compactMap { $0["commandName"] as? String }
        #expect(names?.contains("replay") == true)
    }
}
