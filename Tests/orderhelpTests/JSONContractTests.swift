import Foundation
import Testing

/// The JSON lines of `chat --json` and `classify`, checked against ../shared/CONTRACT.md: every line parses, every
/// key is there with its type, and hostile input still gives valid JSON. The expected names are written out here.
@Suite(.serialized)
struct JSONContractTests {
    /// The contract's intent names, plus none as null.
    static let intents: Set<String> = [
        "cancel_order", "refund_time", "seller_not_responding", "seller_declined", "get_refund", "refund_method",
        "return_item", "open_dispute", "cancel_return_dispute", "cancellation_penalty", "cancellation_reason",
        "message_template", "shipping_time", "refuse_delivery", "order_status_help",
        "greeting", "goodbye", "thanks", "help",
    ]
    /// The contract's slot table: each slot and a check of its values.
    static let slotValues: [String: @Sendable (String) -> Bool] = [
        "status": { ["unpaid", "awaiting_shipment", "shipped", "delivered"].contains($0) },
        "payment": { ["card", "e_wallet", "bank_transfer", "western_union", "cash", "cash_on_delivery"].contains($0) },
        "order_number": { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) },
    ]

    /// Lines a shopper might type, then hostile ones: quotes, backslashes, control characters, invalid UTF-8,
    /// and two lines of 100 kB.
    static let hostileLines: [Data] = [
        Data("how do I cancel my order?".utf8),
        Data("it's shipped".utf8),
        Data("which cancellation reason should i pick".utf8),
        Data("say \"hi\" to the seller \\ please".utf8),
        Data("/odd\"command\\x".utf8),
        Data("/save /nonexistent/folder/a\"b\\c.txt".utf8),
        Data("\u{1}\u{8}\u{1B}[2J\ttab\u{7F}\u{0}nul\r".utf8),
        Data([0xFF, 0xFE, 0x20, 0x63, 0x61, 0x66, 0xC3, 0x28]),
        Data(String(repeating: "\"\\", count: 50_000).utf8),
        Data(String(repeating: "refund ", count: 15_000).utf8),
        Data("where does my refund go? ünïcødé “quotes” 😀 paid by paypal".utf8),
    ]

    static var hostileInput: Data { hostileLines.reduce(Data()) { $0 + $1 + Data("\n".utf8) } }

    @Test("chat --json: one parsable object per line typed, every contract key with its type")
    func chatKeys() throws {
        let result = try BinaryRunner.run(["chat", "--json", "--today", "2026-11-27"], input: Self.hostileInput)
        #expect(result.status == 0, "\(result.stderr)")
        let objects = parse(result.stdout)
        #expect(objects.count == Self.hostileLines.count)
        for (index, object) in objects.enumerated() {
            let context = "line \(index + 1): \(String(describing: object).prefix(300))"
            #expect(object["reply"] is String, "\(context)")
            #expect(!((object["reply"] as? String) ?? "").isEmpty, "\(context)")
            checkIntent(object["intent"], context)
            checkConfidence(object["confidence"], context)
            checkSlots(object["slots"], context)
            if let asking = object["asking"] {
                #expect(
                    asking is NSNull || Self.slotValues.keys.contains(asking as? String ?? ""), "asking: \(context)")
            } else {
                Issue.record("no asking key: \(context)")
            }
            let facts = object["facts"] as? [String]
            #expect(facts != nil, "facts: \(context)")
            for fact in facts ?? [] { #expect(Self.isFactID(fact), "fact \(fact): \(context)") }
        }
        // The replies that echo a quote and a backslash came back intact.
        let replies = objects.compactMap { $0["reply"] as? String }
        #expect(replies.contains { $0.contains("/odd\"command\\x") }, "\(replies)")
        #expect(replies.contains { $0.contains("a\"b\\c.txt") }, "\(replies)")
        #expect(objects.first?["intent"] as? String == "cancel_order")
        #expect(objects.first?["asking"] as? String == "status")
        #expect((objects[1]["slots"] as? [String: String])?["status"] == "shipped")
    }

    @Test("classify: one parsable object per line, every contract key with its type, the text given back intact")
    func classifyKeys() throws {
        let result = try BinaryRunner.run(["classify"], input: Self.hostileInput)
        #expect(result.status == 0, "\(result.stderr)")
        let objects = parse(result.stdout)
        #expect(objects.count == Self.hostileLines.count)
        for (index, object) in objects.enumerated() {
            let context = "line \(index + 1): \(String(describing: object).prefix(300))"
            let sent = String(decoding: Self.hostileLines[index], as: UTF8.self)
            let text = object["text"] as? String
            #expect(text != nil, "text: \(context)")
            // What was typed comes back as typed (invalid UTF-8 as U+FFFD), quotes, backslashes, NUL and all.
            #expect(text == sent || text == sent.trimmingCharacters(in: .newlines), "text differs: \(context)")
            checkIntent(object["intent"], context)
            checkConfidence(object["confidence"], context)
            checkSlots(object["slots"], context)
        }
        #expect(objects.first?["intent"] as? String == "cancel_order")
        #expect((objects.last?["slots"] as? [String: String])?["payment"] == "e_wallet")
    }

    @Test(
        "a 100 kB line of quotes and backslashes is one valid JSON line in both modes",
        arguments: [["classify"], ["chat", "--json"]])
    func longHostileLine(mode: [String]) throws {
        let line = String(repeating: "a\"b\\c\u{1}", count: 20_000)
        let result = try BinaryRunner.run(mode, input: Data((line + "\n/" + line + "\n").utf8))
        let objects = parse(result.stdout)
        #expect(objects.count == 2)
        if mode == ["classify"] { #expect(objects.first?["text"] as? String == line) }
    }

    /// The contract's slot table, "heard as, for example", word for word; "out for delivery" is still shipped.
    static let slotWordings: [(text: String, slot: String, value: String)] = [
        ("not paid yet", "status", "unpaid"), ("awaiting shipment", "status", "awaiting_shipment"),
        ("pending shipping", "status", "awaiting_shipment"), ("in transit", "status", "shipped"),
        ("it arrived", "status", "delivered"), ("out for delivery", "status", "shipped"),
        ("visa", "payment", "card"), ("debit card", "payment", "card"), ("paypal", "payment", "e_wallet"),
        ("google pay", "payment", "e_wallet"), ("wire transfer", "payment", "bank_transfer"),
        ("COD", "payment", "cash_on_delivery"),
        ("order 8123456789012345", "order_number", "8123456789012345"), ("#3021554477", "order_number", "3021554477"),
    ]

    @Test("classify reads every wording of the contract's slot table")
    func classifySlots() throws {
        let input = Self.slotWordings.map(\.text).joined(separator: "\n") + "\n"
        let objects = parse(try BinaryRunner.run(["classify"], input: Data(input.utf8)).stdout)
        #expect(objects.count == Self.slotWordings.count)
        for (row, object) in zip(Self.slotWordings, objects) {
            #expect((object["slots"] as? [String: String])?[row.slot] == row.value, "\(row.text): \(object)")
        }
    }

    // MARK: - Helpers

    /// Every line of `stdout` as a JSON object; a line that is not one is an issue.
    private func parse(_ stdout: String, sourceLocation: SourceLocation = #_sourceLocation) -> [[String: Any]] {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated().compactMap {
            index, line in
            do {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    Issue.record(
                        "line \(index + 1) is JSON but not an object: \(line.prefix(200))",
                        sourceLocation: sourceLocation)
                    return nil
                }
                return object
            } catch {
                Issue.record("line \(index + 1) is not JSON: \(line.prefix(200))", sourceLocation: sourceLocation)
                return nil
            }
        }
    }

    private func checkIntent(_ value: Any?, _ context: String) {
        guard let value else {
            Issue.record("no intent key: \(context)")
            return
        }
        #expect(value is NSNull || Self.intents.contains(value as? String ?? ""), "intent: \(context)")
    }

    private func checkConfidence(_ value: Any?, _ context: String) {
        let number = (value as? NSNumber)?.doubleValue
        #expect(number != nil && (0...1).contains(number!), "confidence: \(context)")
    }

    private func checkSlots(_ value: Any?, _ context: String) {
        guard let slots = value as? [String: Any] else {
            Issue.record("slots is not an object: \(context)")
            return
        }
        for (name, slotValue) in slots {
            let check = Self.slotValues[name]
            #expect(check != nil, "unknown slot \(name): \(context)")
            #expect((slotValue as? String).map { check?($0) ?? false } == true, "slot \(name): \(context)")
        }
    }

    private static func isFactID(_ text: String) -> Bool {
        text.hasPrefix("F") && Int(text.dropFirst()).map { (1...17).contains($0) && "F\($0)" == text } == true
    }
}
