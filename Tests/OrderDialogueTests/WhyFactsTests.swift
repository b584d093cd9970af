import OrderPolicy
import Testing

@testable import OrderDialogue

/// `/why` lists each fact of the last answer with a summary that says what the fact says.
struct WhyFactsTests {
    @Test("/why after a refund question on an unpaid order shows that any refund waits for the check (F1)")
    func whyShowsF1Refund() {
        let why = Fixtures.talk("i haven't paid yet, how long will a refund take", "/why")[1].reply
        #expect(why.contains("F1: \(PolicyFacts.fact(FactID(1)).summary)"))
        #expect(why.contains("(and any refund)"))
        #expect(why.contains("F7: "))
    }

    @Test("/why after a return question shows the return's refund going to the original payment method (F10)")
    func whyShowsF10Destination() {
        let why = Fixtures.talk("how do i send back an item i received", "/why")[1].reply
        #expect(why.contains("F10: \(PolicyFacts.fact(FactID(10)).summary)"))
        #expect(why.contains("to the original payment method"))
    }
}
