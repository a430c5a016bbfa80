package uk.safeguarding.rules.conclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguarding.rules.conclusion.Combination.Condition;
import uk.safeguarding.rules.conclusion.Combination.Mode;

/** The one four-valued combiner every declared "all of" and "any of" relies on, tried on every combination of outcomes. */
class CombinationTest {

    private static final Condition CHILD = new Condition(Topic.CHILD, null);
    private static final Condition HARM = new Condition(Topic.DIED_OR_SERIOUSLY_HARMED, null);
    private static final Condition ABUSE = new Condition(Topic.ABUSE_OR_NEGLECT, null);
    /** Every outcome, and null for a condition nothing has concluded yet. */
    private static final List<Outcome> VALUES = new ArrayList<>(Arrays.asList(Outcome.values()));

    static {
        VALUES.add(null);
    }

    @Test
    void allOfIsNoWhenAnyIsNoThenOpenWhileAnyIsOpenThenAJudgementThenYes() {
        forEveryThreeOutcomes(outcomes -> {
            Outcome expected = outcomes.contains(Outcome.NO) ? Outcome.NO
                    : outcomes.contains(Outcome.UNDETERMINED) || outcomes.contains(null) ? Outcome.UNDETERMINED
                    : outcomes.contains(Outcome.CONSIDER) ? Outcome.CONSIDER : Outcome.YES;
            Map<Condition, Outcome> given = of(outcomes.get(0), outcomes.get(1), outcomes.get(2));
            Combination.Decision decision = Mode.ALL_OF.decide(given);
            assertEquals(expected, decision.outcome(), outcomes.toString());
            decision.decisive().forEach(condition -> assertTrue(expected == Outcome.YES
                    || expected == (given.get(condition) == null ? Outcome.UNDETERMINED : given.get(condition)),
                    "a condition that did not decide " + outcomes + " is given as a reason"));
        });
    }

    @Test
    void anyOfIsYesWhenAnyIsYesThenAJudgementThenOpenThenNoOnlyWhenEveryConditionIsRuledOut() {
        forEveryThreeOutcomes(outcomes -> {
            Outcome expected = outcomes.contains(Outcome.YES) ? Outcome.YES
                    : outcomes.contains(Outcome.CONSIDER) ? Outcome.CONSIDER
                    : outcomes.contains(Outcome.UNDETERMINED) ? Outcome.UNDETERMINED : Outcome.NO;
            assertEquals(expected, Mode.ANY_OF.decide(of(outcomes.get(0), outcomes.get(1), outcomes.get(2))).outcome(),
                    outcomes.toString());
        });
    }

    /** Every combination of three conditions' outcomes, each also possibly not concluded yet (null). */
    private static void forEveryThreeOutcomes(java.util.function.Consumer<List<Outcome>> check) {
        for (Outcome a : VALUES) {
            for (Outcome b : VALUES) {
                for (Outcome c : VALUES) {
                    check.accept(Arrays.asList(a, b, c));
                }
            }
        }
    }

    @Test
    void theCombinedReasonCitesTheDeclarationAndTheConditionsThatDecidedIt() {
        Combination seriousCase = new Combination(Topic.SERIOUS_CASE, Mode.ALL_OF, Basis.DUTY,
                "This is a serious child safeguarding case.", "This is not a serious child safeguarding case.",
                "whether this is a serious child safeguarding case", List.of(CHILD, HARM, ABUSE), "the declaring rule");
        List<Conclusion> conclusions = List.of(new Conclusion(Topic.CHILD, null, Outcome.YES),
                new Conclusion(Topic.DIED_OR_SERIOUSLY_HARMED, null, Outcome.NO),
                new Conclusion(Topic.ABUSE_OR_NEGLECT, null, Outcome.UNDETERMINED));
        List<Reason> reasons = List.of(
                new Reason(Topic.DIED_OR_SERIOUSLY_HARMED, null, Outcome.NO, Basis.JUDGEMENT,
                        "The child was harmed, but not seriously. More detail.", "S2 rule", List.of()));

        Reason combined = seriousCase.combine(conclusions, reasons);

        assertEquals(Outcome.NO, combined.outcome());
        assertEquals("the declaring rule", combined.rule());
        assertEquals(List.of(conclusions.get(1)), combined.premises());
        assertEquals(Basis.JUDGEMENT, combined.basis(), "a NO resting on a judgement is a judgement");
        assertEquals("This is not a serious child safeguarding case. The child was harmed, but not seriously.", combined.because());
    }

    @Test
    void aConditionNotYetConcludedLeavesAllOfOpenAndSaysSo() {
        Combination seriousCase = new Combination(Topic.SERIOUS_CASE, Mode.ALL_OF, Basis.DUTY, "Yes.", "No.",
                "whether this is a serious child safeguarding case", List.of(CHILD, HARM), "rule");
        Reason combined = seriousCase.combine(List.of(new Conclusion(Topic.CHILD, null, Outcome.YES)), List.of());
        assertEquals(Outcome.UNDETERMINED, combined.outcome());
        assertEquals(Basis.DUTY, combined.basis());
        assertTrue(combined.because().contains("the child died or was seriously harmed"), combined.because());
    }

    @Test
    void aRuleOtherThanTheDeclarationConcludingTheTopicIsAnException() {
        Combination abuse = new Combination(Topic.ABUSE_OR_NEGLECT, Mode.ANY_OF, Basis.DUTY, "Yes.", "No.", "whether",
                List.of(new Condition(Topic.ABUSE_OR_NEGLECT_ROUTE, "A1")), "declaring");
        assertTrue(abuse.isExceptedBy(new Reason(Topic.ABUSE_OR_NEGLECT, null, Outcome.NO, Basis.DUTY, "x", "exception", List.of())));
        assertTrue(!abuse.isExceptedBy(new Reason(Topic.ABUSE_OR_NEGLECT, null, Outcome.NO, Basis.DUTY, "x", "declaring", List.of())));
        assertTrue(abuse.covers(new Conclusion(Topic.ABUSE_OR_NEGLECT_ROUTE, "A1", Outcome.YES)));
        assertTrue(!abuse.covers(new Conclusion(Topic.ABUSE_OR_NEGLECT_ROUTE, "A2", Outcome.YES)));
    }

    private static Map<Condition, Outcome> of(Outcome child, Outcome harm, Outcome abuse) {
        Map<Condition, Outcome> outcomes = new LinkedHashMap<>();
        outcomes.put(CHILD, child);
        outcomes.put(HARM, harm);
        outcomes.put(ABUSE, abuse);
        return outcomes;
    }
}
