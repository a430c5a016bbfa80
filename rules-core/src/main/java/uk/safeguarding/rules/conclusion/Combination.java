package uk.safeguarding.rules.conclusion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A condition of the law declared in a rule file as "all of" or "any of" other conclusions, such as "a serious child
 * safeguarding case is a child, who died or was seriously harmed, with abuse or neglect known or suspected". One
 * generic rule ({@link #RULE}) combines the conclusions it names in four values, so the combination is written once,
 * where policy staff read it, and not spelt out as a rule per outcome.
 *
 * <p>A rule that concludes the combined topic itself is an exception to the declaration, with its own citation (as
 * in Catala): while one holds, the declaration gives way to it.
 *
 * @param rule       the name of the declaring rule, which the combined conclusion's reason cites
 * @param affirmed   the sentence for when it holds ("This is a serious child safeguarding case.")
 * @param denied     the sentence for when it does not ("This is not a serious child safeguarding case.")
 * @param question   the question it answers ("whether this is a serious child safeguarding case")
 * @param conditions the conclusions combined, each a topic with an item or none
 */
public record Combination(Topic topic, Mode mode, Basis basis, String affirmed, String denied, String question,
                          List<Condition> conditions, String rule) {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    /** The generic rule, compiled into every rule set beside the rule files. */
    public static final String RULE = """
            package safeguarding.combining;

            import uk.safeguarding.rules.conclusion.*;

            rule "A declared combination takes the outcome of the conclusions it combines"
            when
                $combination : Combination( )
                not Reason( $combination.isExceptedBy(this) )
                // These collections make the rule fire again whenever a combined conclusion or its reasons change.
                $conclusions : java.util.List( ) from collect( Conclusion( $combination.covers(this) ) )
                $reasons : java.util.List( ) from collect( Reason( $combination.covers(this) ) )
            then
                Conclude.combine(kcontext, $combination, $conclusions, $reasons);
            end
            """;

    public Combination {
        conditions = List.copyOf(conditions);
    }

    /** One conclusion a combination takes into account: a topic, and for itemised topics an item. */
    public record Condition(Topic topic, String item) {

        boolean matches(Topic otherTopic, String otherItem) {
            return otherTopic == topic && Objects.equals(otherItem, item);
        }

        /** The condition as a clause: "the child died or was seriously harmed", or "... routes (A3)". */
        String clause() {
            return lowerFirst(topic.title()) + (item == null ? "" : " (" + item + ")");
        }
    }

    /**
     * How the outcomes of the conditions combine. In both modes a missing fact is never read as NO, and a judgement is
     * never turned into a flat answer.
     */
    public enum Mode {
        /**
         * Every condition must hold: any NO decides NO; otherwise any condition not yet settled (or not concluded at
         * all) leaves it UNDETERMINED; otherwise a judgement on any condition makes it CONSIDER; otherwise YES.
         */
        ALL_OF(List.of(Outcome.NO, Outcome.UNDETERMINED, Outcome.CONSIDER), Outcome.YES),
        /**
         * Any condition is enough: any YES decides YES; otherwise a judgement on any condition makes it CONSIDER;
         * otherwise any condition not yet settled leaves it UNDETERMINED; otherwise (every condition ruled out) NO. A
         * condition with no conclusion at all does not apply: routes that arise only in some cases conclude only then.
         */
        ANY_OF(List.of(Outcome.YES, Outcome.CONSIDER, Outcome.UNDETERMINED), Outcome.NO);

        private final List<Outcome> deciding;
        private final Outcome otherwise;

        Mode(List<Outcome> deciding, Outcome otherwise) {
            this.deciding = deciding;
            this.otherwise = otherwise;
        }

        /** The combined outcome, and the conditions that decided it. */
        public Decision decide(Map<Condition, Outcome> outcomes) {
            for (Outcome outcome : deciding) {
                List<Condition> decisive = outcomes.entrySet().stream()
                        .filter(e -> effective(e.getValue()) == outcome).map(Map.Entry::getKey).toList();
                if (!decisive.isEmpty()) {
                    return new Decision(outcome, decisive);
                }
            }
            return new Decision(otherwise, outcomes.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(Map.Entry::getKey).toList());
        }

        /** What a condition with no conclusion counts as. */
        private Outcome effective(Outcome outcome) {
            if (outcome != null) {
                return outcome;
            }
            return this == ALL_OF ? Outcome.UNDETERMINED : null;
        }
    }

    public record Decision(Outcome outcome, List<Condition> decisive) {
    }

    /** For the generic rule: is this one of the conclusions the combination takes into account? */
    public boolean covers(Conclusion conclusion) {
        return covers(conclusion.topic(), conclusion.item());
    }

    /** For the generic rule: is this the reason for one of the conclusions the combination takes into account? */
    public boolean covers(Reason reason) {
        return covers(reason.topic(), reason.item());
    }

    // An indexed loop, neither a stream nor an iterator: the engine asks this of every conclusion and reason it
    // inserts, and each would allocate.
    private boolean covers(Topic topic, String item) {
        for (int i = 0; i < conditions.size(); i++) {
            if (conditions.get(i).matches(topic, item)) {
                return true;
            }
        }
        return false;
    }

    /** For the generic rule: is this the reason of an exception, a rule other than the declaration concluding its topic? */
    public boolean isExceptedBy(Reason reason) {
        return reason.topic() == topic && reason.item() == null && !reason.rule().equals(rule);
    }

    /** The combined outcome of the conclusions given, with its reason. */
    Reason combine(Collection<Conclusion> conclusions, Collection<Reason> reasons) {
        // Grouped by condition once: the engine combines on every change to what a combination covers.
        Map<Condition, List<Conclusion>> concluded = new LinkedHashMap<>();
        Map<Condition, List<Reason>> reasoned = new HashMap<>();
        for (Condition condition : conditions) {
            concluded.put(condition, new ArrayList<>(1));
            reasoned.put(condition, new ArrayList<>(1));
        }
        conclusions.forEach(conclusion -> grouped(concluded, conclusion.topic(), conclusion.item(), conclusion));
        reasons.forEach(reason -> grouped(reasoned, reason.topic(), reason.item(), reason));
        Map<Condition, Outcome> outcomes = new LinkedHashMap<>();
        concluded.forEach((condition, its) -> outcomes.put(condition,
                its.stream().map(Conclusion::outcome).min(Comparator.naturalOrder()).orElse(null)));
        Decision decision = mode.decide(outcomes);
        List<Object> premises = new ArrayList<>();
        for (Condition condition : decision.decisive()) {
            premises.addAll(concluded.get(condition));
        }
        return new Reason(topic, null, decision.outcome(), basis(decision, reasoned), because(decision, reasoned), rule, premises);
    }

    private static <T> void grouped(Map<Condition, List<T>> groups, Topic topic, String item, T member) {
        List<T> group = groups.get(new Condition(topic, item));
        if (group != null) {
            group.add(member);
        }
    }

    /**
     * The force of the combined answer: a judgement for CONSIDER; otherwise no stronger than the declaration, nor
     * than the weakest of the reasons that decided it (a NO that rests on a judgement is itself a judgement).
     */
    private Basis basis(Decision decision, Map<Condition, List<Reason>> reasons) {
        if (decision.outcome() == Outcome.CONSIDER) {
            return Basis.JUDGEMENT;
        }
        if (decision.outcome() == Outcome.UNDETERMINED) {
            return basis;
        }
        Basis weakest = basis;
        for (Condition condition : decision.decisive()) {
            Basis strongest = reasons(reasons.get(condition), decision.outcome()).stream().map(Reason::basis)
                    .min(Comparator.naturalOrder()).orElse(basis);
            if (strongest.compareTo(weakest) > 0) {
                weakest = strongest;
            }
        }
        return weakest;
    }

    /**
     * The combined answer in words: the declaration's own sentence, then the first sentence of each reason that
     * decided it, so the answer says why without repeating the whole chain (the grounds carry the rest).
     */
    private String because(Decision decision, Map<Condition, List<Reason>> reasons) {
        String why = firstSentences(decision.decisive(), decision.outcome(), reasons);
        return switch (decision.outcome()) {
            case YES -> mode == Mode.ALL_OF ? affirmed : affirmed + " " + why;
            case NO -> mode == Mode.ALL_OF ? denied + " " + why
                    : denied + " Each of the conditions has been answered and none applies.";
            case CONSIDER -> "For the partners to judge: " + question + ". " + why;
            case UNDETERMINED -> "Not yet settled: " + question + ". " + why;
        };
    }

    /** The first sentence of each reason given for the deciding conditions, each once; for one with none, its title. */
    private static String firstSentences(List<Condition> decisive, Outcome outcome, Map<Condition, List<Reason>> reasons) {
        List<String> sentences = new ArrayList<>();
        for (Condition condition : decisive) {
            List<String> own = reasons(reasons.get(condition), outcome).stream()
                    .map(reason -> SENTENCE_END.split(reason.because(), 2)[0]).toList();
            sentences.addAll(own.isEmpty() ? List.of("Nothing is concluded yet on: " + condition.clause() + ".") : own);
        }
        return sentences.stream().distinct().collect(Collectors.joining(" "));
    }

    /** A condition's reasons with the given outcome, in a fixed order. */
    private static List<Reason> reasons(List<Reason> conditionReasons, Outcome outcome) {
        return conditionReasons.stream().filter(r -> r.outcome() == outcome)
                .sorted(Comparator.comparing(Reason::rule).thenComparing(Reason::because)).toList();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
