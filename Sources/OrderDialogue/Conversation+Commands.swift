import OrderPolicy
import OrderUnderstanding

extension Conversation {
    /// The slash commands, with a line of help each.
    public static let commands: [(name: String, help: String)] = [
        ("/help", "what I can do, and these commands"),
        ("/reset", "forget the status, payment method and order number"),
        ("/why", "how the last answer came about"),
        ("/save FILE", "save this conversation as a transcript"),
        ("/quit", "leave (Ctrl-D works too)"),
    ]

    mutating func command(_ text: String) -> Turn {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts[0].lowercased()
        let argument = parts.count > 1 ? parts[1].trimmingWhitespace() : ""
        switch name {
        case "/help":
            return plain(helpText)
        case "/reset":
            forget()
            return plain("Done. I've forgotten the order status, the payment method and the order number.")
        case "/why":
            return plain(whyText)
        case "/quit", "/exit":
            return Turn(reply: "Goodbye!", intent: nil, confidence: 1, slots: slots, command: .quit)
        case "/save":
            guard !argument.isEmpty else { return plain("Usage: /save FILE") }
            return Turn(reply: "", intent: nil, confidence: 1, slots: slots, command: .save(path: argument))
        default:
            let names = Self.commands.map { String($0.name.split(separator: " ")[0]) }
            let hint = Suggestion.closest(to: name, in: names).map { " Did you mean \($0)?" } ?? ""
            // Said as typed: the shopper's own words, not a lowercased copy of them.
            return plain("Unknown command \(Self.printable(parts[0])).\(hint) Type /help for the list.")
        }
    }

    /// `text` cut to a sane length with control characters replaced, for echoing what the shopper typed.
    static func printable(_ text: String) -> String {
        String(text.unicodeScalars.prefix(40)).replacingControlCharacters()
            + (text.unicodeScalars.count > 40 ? "…" : "")
    }

    private func plain(_ reply: String) -> Turn {
        Turn(reply: reply, intent: nil, confidence: 1, slots: slots, asking: state.asking)
    }

    private var helpText: String {
        let topics = assistant.catalog.intents
            .filter { !$0.isSmallTalk }
            .map { "  - \($0.summary)" }
        let commands = Self.commands.map { "  \($0.name.padding(to: 12))\($0.help)" }
        return (["I answer questions about AliExpress orders:"] + topics + ["", "Commands:"] + commands)
            .joined(separator: "\n")
    }

    private var whyText: String {
        guard let turn = lastAnswer, let explained = state.explained else {
            return "Nothing to explain yet: ask me something first."
        }
        let names = turn.intents.count > 1 ? turn.intents.joined(separator: ", ") : (turn.intent ?? "")
        var lines = [
            "Intent: \(turn.intent == nil ? "none (not something I can help with)" : names) (confidence \(turn.confidence))"
        ]
        if turn.intent == nil { return ([lines[0]] + [nearestLine].compactMap { $0 }).joined(separator: "\n") }
        let situation = explained.situation
        let known = turn.slots.pairs.map { pair -> String in
            let evidence: [String]
            switch pair.name {
            case "status":
                if case .known(let noted) = situation.status(in: explained.turn, assumingPaid: explained.statusAssumed)
                {
                    evidence = noted.evidence
                } else {
                    evidence = []
                }
            case "payment": evidence = situation.payment(in: explained.turn)?.evidence ?? []
            default: evidence = []
            }
            let quoted =
                evidence.isEmpty
                ? "" : " \"" + evidence.suffix(3).map { Self.printable($0) }.joined(separator: " … ") + "\""
            let source: String
            switch turn.slotSources[pair.name] {
            case .said?: source = "said in this message" + (quoted.isEmpty ? "" : ":" + quoted)
            case .inferred?: source = "inferred from" + quoted
            case .assumed?: source = "assumed" + (quoted.isEmpty ? " from the question" : " from" + quoted)
            case .earlier?, nil: source = "from an earlier message" + (quoted.isEmpty ? "" : ":" + quoted)
            }
            return "\(pair.name)=\(pair.value) (\(source))"
        }
        lines.append("Slots: " + (known.isEmpty ? "none known" : known.joined(separator: ", ")))
        let dated = situation.events.compactMap { heard -> String? in
            guard heard.event.happened, let days = heard.event.date?.days(today: today) else { return nil }
            return days.isOneDay
                ? "\(heard.event.kind.name) on \(days.lowerBound.spoken)"
                : "\(heard.event.kind.name) between \(days.lowerBound.spoken) and \(days.upperBound.spoken)"
        }
        if !dated.isEmpty { lines.append("Dates: " + dated.suffix(3).joined(separator: "; ")) }
        if let asking = turn.asking { lines.append("Asking for: \(asking.rawValue)") }
        if turn.facts.isEmpty {
            lines.append("Policy facts: none")
        } else {
            lines.append("Policy facts:")
            lines += turn.facts.map { "  \($0): \(PolicyFacts.fact($0).summary)" }
        }
        return lines.joined(separator: "\n")
    }
}

extension Conversation {
    /// For an answer that was out of scope: the in-scope intent that came closest, its score and the bar it
    /// missed, so whoever tunes the intents sees how near the miss was.
    var nearestLine: String? {
        // The matcher's reading of the last line read, as the turn took it: nothing is read again.
        guard let heard = lastHeard else { return nil }
        guard let nearest = heard.ranking.first else { return "Nearest: none (no intent shares a word with it)" }
        let smallTalk = assistant.catalog.intent(named: nearest.intent)?.isSmallTalk == true
        let bar = smallTalk ? heard.smallTalkBar : heard.bar
        var needs = "needs \(Self.score(bar))"
        if !smallTalk && !heard.anchored {
            needs += ", and a word about orders such as order, refund or seller"
        } else if nearest.score >= bar && heard.outOfScopeScore >= nearest.score {
            needs += ", and to beat the out-of-scope examples at \(Self.score(heard.outOfScopeScore))"
        } else if nearest.score >= bar {
            needs += " from words small talk uses"
        }
        return "Nearest: \(nearest.intent) \(Self.score(nearest.score)) (\(needs))"
    }

    /// A score as /why shows it: at most three decimals.
    static func score(_ value: Double) -> String {
        "\(Classification.rounded(value))"
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
