package uk.safeguarding.rules.conclusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;
import uk.safeguarding.rules.model.Answer;

/**
 * The words rule files use to conclude, imported into DRL as functions. Each one inserts the conclusion, which other
 * rules match, and the rule's reason for it, recording which rule gave it and what it matched, so that rule authors
 * write only the outcome, its basis and a sentence about the case. Everything is inserted logically: it holds only
 * while the rule's conditions hold.
 */
public final class Conclude {

    private Conclude() {
    }

    public static void yes(RuleContext kcontext, Topic topic, Basis basis, String because) {
        conclude(kcontext, topic, null, Outcome.YES, basis, because);
    }

    public static void yes(RuleContext kcontext, Topic topic, String item, Basis basis, String because) {
        conclude(kcontext, topic, item, Outcome.YES, basis, because);
    }

    public static void no(RuleContext kcontext, Topic topic, Basis basis, String because) {
        conclude(kcontext, topic, null, Outcome.NO, basis, because);
    }

    public static void no(RuleContext kcontext, Topic topic, String item, Basis basis, String because) {
        conclude(kcontext, topic, item, Outcome.NO, basis, because);
    }

    /** A judgement the guidance leaves to the safeguarding partners: always basis JUDGEMENT. */
    public static void consider(RuleContext kcontext, Topic topic, String because) {
        conclude(kcontext, topic, null, Outcome.CONSIDER, Basis.JUDGEMENT, because);
    }

    public static void consider(RuleContext kcontext, Topic topic, String item, String because) {
        conclude(kcontext, topic, item, Outcome.CONSIDER, Basis.JUDGEMENT, because);
    }

    /** Facts are missing; the basis is the force the answer would carry once they are known. */
    public static void undetermined(RuleContext kcontext, Topic topic, Basis basis, String because) {
        conclude(kcontext, topic, null, Outcome.UNDETERMINED, basis, because);
    }

    public static void undetermined(RuleContext kcontext, Topic topic, String item, Basis basis, String because) {
        conclude(kcontext, topic, item, Outcome.UNDETERMINED, basis, because);
    }

    /**
     * Records the partners' own answer to a criterion that is theirs to decide (such as "the case highlights
     * recurrent themes"): YES or NO as they answered it, UNDETERMINED until they have.
     */
    public static void criterion(RuleContext kcontext, Topic topic, String item, Answer answer, Basis basis,
                                 String criterion) {
        switch (answer) {
            case YES -> conclude(kcontext, topic, item, Outcome.YES, basis, "(" + item + ") Applies: " + criterion + ".");
            case NO -> conclude(kcontext, topic, item, Outcome.NO, basis, "(" + item + ") Does not apply: " + criterion + ".");
            case UNKNOWN -> conclude(kcontext, topic, item, Outcome.UNDETERMINED, basis, "(" + item + ") Not yet answered: " + criterion + ".");
        }
    }

    /** An item that takes the outcome of another conclusion, such as a template option mirroring a verdict. */
    public static void mirror(RuleContext kcontext, Topic topic, String item, Conclusion source, Basis basis,
                              String because) {
        conclude(kcontext, topic, item, source.outcome(), basis, because);
    }

    /**
     * Declares that a topic holds when all the given conclusions hold, in the words given for when it does and when it
     * does not; the generic combining rule works out its outcome.
     */
    public static void allOf(RuleContext kcontext, Topic topic, Basis basis, String affirmed, String denied,
                             String question, Topic... conditions) {
        declare(kcontext, topic, Combination.Mode.ALL_OF, basis, affirmed, denied, question,
                Arrays.stream(conditions).map(condition -> new Combination.Condition(condition, null)).toList());
    }

    /** Declares that a topic holds when any of the given items of another topic holds, such as any route of several. */
    public static void anyOf(RuleContext kcontext, Topic topic, Basis basis, String affirmed, String denied,
                             String question, Topic itemsOf, String... items) {
        declare(kcontext, topic, Combination.Mode.ANY_OF, basis, affirmed, denied, question,
                Arrays.stream(items).map(item -> new Combination.Condition(itemsOf, item)).toList());
    }

    /**
     * For the generic combining rule: concludes a declared combination from the conclusions it combines, as the rule
     * collected them. Only those still in working memory count: a collection can still hold a conclusion that truth
     * maintenance withdrew in the same cycle (Drools 10.2), which would leave a stale verdict.
     */
    public static void combine(RuleContext kcontext, Combination combination, List<?> conclusions, List<?> reasons) {
        Reason reason = combination.combine(standing(kcontext, conclusions, Conclusion.class),
                standing(kcontext, reasons, Reason.class));
        kcontext.insertLogical(new Conclusion(reason.topic(), null, reason.outcome()));
        kcontext.insertLogical(reason);
    }

    private static <T> List<T> standing(RuleContext kcontext, List<?> collected, Class<T> type) {
        List<T> standing = new ArrayList<>(collected.size());
        for (Object object : collected) {
            if (kcontext.getKieRuntime().getFactHandle(object) != null) {
                standing.add(type.cast(object));
            }
        }
        return standing;
    }

    private static void declare(RuleContext kcontext, Topic topic, Combination.Mode mode, Basis basis, String affirmed,
                                String denied, String question, List<Combination.Condition> conditions) {
        kcontext.insertLogical(new Combination(topic, mode, basis, affirmed, denied, question, conditions,
                ruleName(kcontext)));
    }

    public static void note(RuleContext kcontext, Topic topic, String because) {
        kcontext.insertLogical(new Note(topic, null, because, ruleName(kcontext), premises(kcontext)));
    }

    public static void note(RuleContext kcontext, Topic topic, String item, String because) {
        kcontext.insertLogical(new Note(topic, item, because, ruleName(kcontext), premises(kcontext)));
    }

    public static void timescale(RuleContext kcontext, Topic topic, String timescaleId) {
        kcontext.insertLogical(new TimescaleRequest(topic, timescaleId, ruleName(kcontext), premises(kcontext)));
    }

    private static void conclude(RuleContext kcontext, Topic topic, String item, Outcome outcome, Basis basis,
                                 String because) {
        kcontext.insertLogical(new Conclusion(topic, item, outcome));
        kcontext.insertLogical(new Reason(topic, item, outcome, basis, because, ruleName(kcontext), premises(kcontext)));
    }

    private static String ruleName(RuleContext kcontext) {
        return kcontext.getRule().getName();
    }

    private static List<Object> premises(RuleContext kcontext) {
        return List.copyOf(kcontext.getMatch().getObjects());
    }
}
