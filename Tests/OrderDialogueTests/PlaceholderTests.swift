import OrderPolicy
import OrderUnderstanding
import Testing

@testable import OrderDialogue

/// No `{placeholder}` ever reaches the shopper: every answer, brief line and summary renders completely, and a
/// value that is missing is an error, not text.
struct PlaceholderTests {
    @Test(
        "no brace survives rendering any intent for any status, payment method and circumstance, any brief or summary")
    func noBraceSurvives() {
        let variants = RenderedVariants.all.variants
        #expect(variants.count > 2_000)
        for variant in variants {
            #expect(!variant.text.contains("{") && !variant.text.contains("}"), "\(variant.label): \(variant.text)")
        }
    }

    @Test("a rendering fails only for a slot the intent asks for before it answers")
    func failuresAreForNeededSlots() {
        let failures = RenderedVariants.all.failures
        for failure in failures {
            // A summary never misses a value: it is given with the asked slot filled in, line by line.
            #expect(!failure.label.contains("summary"), "\(failure.label): \(failure.error)")
            #expect(failure.error.slot.map(failure.intent.needs.contains) == true, "\(failure.label): \(failure.error)")
        }
        // refund_method needs the payment, so without it every one of its answers fails to render.
        #expect(failures.contains { $0.intent.name == "refund_method" && $0.error.slot == .payment })
    }

    @Test("every circumstance's events are read back as that circumstance, for each status it fits")
    func circumstancesReadBack() {
        for circumstance in Circumstance.allCases {
            let situation = RenderedVariants.situation(RenderedVariants.circumstanceEvents[circumstance]!)
            for status in RenderedVariants.statuses where circumstance.fits(status) {
                #expect(
                    situation.circumstances(status: status) == [circumstance],
                    "\(circumstance) \(String(describing: status))")
            }
        }
    }

    @Test("a value that is missing is an error naming the slot and the template's line")
    func missingValueIsAnError() throws {
        let intent = try #require(Fixtures.assistant.catalog.intent(named: "refund_method"))
        let template = try #require(intent.answer(for: SlotValues(status: .shipped)))
        #expect(throws: RenderError(placeholder: "payment", slot: .payment, location: template.location)) {
            try AnswerRenderer.render(template, slots: SlotValues(status: .shipped))
        }
    }

    @Test(
        "braces that do not pair are an error too",
        arguments: ["It takes {refund_window", "It takes refund_window}", "It {takes {refund_window}}"])
    func unpairedBraces(text: String) throws {
        let intent = try #require(Fixtures.assistant.catalog.intent(named: "refund_time"))
        let template = try #require(intent.answer(for: SlotValues())).rephrased(text)
        #expect(throws: RenderError.self) { try AnswerRenderer.render(template, slots: SlotValues()) }
    }

    @Test("two unreadable replies to the payment question give one line per payment method, each filled in")
    func paymentSummaryInConversation() {
        let turns = Fixtures.talk("where does the refund go?", "banana", "purple")
        let reply = turns[2].reply
        #expect(turns[2].intent == "refund_method")
        #expect(!reply.contains("{") && !reply.contains("}"), "\(reply)")
        for payment in PaymentMethod.allCases {
            #expect(reply.contains(RefundDestination.for(payment).text(for: payment)), "\(payment): \(reply)")
        }
        #expect(turns[2].facts == [RefundDestination.fact])
    }
}
