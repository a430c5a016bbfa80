package uk.safeguarding.rules.assessment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.safeguarding.rules.conclusion.Basis;
import uk.safeguarding.rules.conclusion.Conclusion;
import uk.safeguarding.rules.conclusion.Note;
import uk.safeguarding.rules.conclusion.Outcome;
import uk.safeguarding.rules.conclusion.Reason;
import uk.safeguarding.rules.conclusion.Topic;
import uk.safeguarding.rules.engine.Evaluation;
import uk.safeguarding.rules.engine.RuleInfo;
import uk.safeguarding.rules.engine.RuleSet;
import uk.safeguarding.rules.facts.FactPaths;

/**
 * Turns what the rules concluded into explained verdicts: each reason with its rule's id, citation and guidance, the
 * case facts it relied on, and the findings it rests on; and, for open questions, the unknown facts they wait on.
 */
final class Explainer {

    private static final int SUMMARY_SENTENCES = 2;

    private final RuleSet ruleSet;
    private final Evaluation evaluation;
    private final FactValues values;
    private final MatchedFacts matchedFacts;
    private final Map<Conclusion, List<Reason>> reasons;
    private final Map<Topic, List<Conclusion>> conclusionsByTopic;
    // One assessment shows the same reasons several times (a verdict, its details, the classification, the grounds of
    // other reasons): each is worked out once.
    private final Map<List<Reason>, List<ReasonView>> viewsOf = new IdentityHashMap<>();
    private final Map<Topic, List<ItemView>> itemsOf = new EnumMap<>(Topic.class);
    private final Map<List<Conclusion>, List<Reason>> premiseReasonsOf = new HashMap<>();
    private final Map<List<Conclusion>, List<Ground>> groundsOf = new HashMap<>();

    Explainer(RuleSet ruleSet, Evaluation evaluation, FactValues values, MatchedFacts matchedFacts) {
        this.ruleSet = ruleSet;
        this.evaluation = evaluation;
        this.values = values;
        this.matchedFacts = matchedFacts;
        // A reason supports the conclusion with its topic, item and outcome: grouped so, once, in the reasons' order.
        Map<Conclusion, List<Reason>> byConclusion = evaluation.reasons().stream().collect(Collectors.groupingBy(
                r -> new Conclusion(r.topic(), r.item(), r.outcome()), HashMap::new, Collectors.toList()));
        this.reasons = new LinkedHashMap<>();
        this.conclusionsByTopic = new EnumMap<>(Topic.class);
        for (Conclusion conclusion : evaluation.conclusions()) {
            reasons.putIfAbsent(conclusion, byConclusion.getOrDefault(conclusion, List.of()).stream()
                    .filter(r -> r.supports(conclusion)).toList());
            conclusionsByTopic.computeIfAbsent(conclusion.topic(), t -> new ArrayList<>()).add(conclusion);
        }
    }

    /** The explained answer for a topic (a verdict or a finding), or null when the rules concluded nothing for it. */
    Verdict verdict(Topic topic, Function<Topic, List<Deadline>> deadlines) {
        Conclusion conclusion = single(topic, null);
        if (conclusion == null) {
            return null;
        }
        List<Reason> supporting = reasons.get(conclusion);
        List<ReasonView> views = views(supporting);
        return new Verdict(topic.title(), conclusion.outcome(), strongest(supporting), summary(views), views,
                notes(topic), details(topic), missing(supporting), deadlines.apply(topic));
    }

    /** The items of an itemised topic, in the order the rules' items sort. */
    List<ItemView> items(Topic topic) {
        return itemsOf.computeIfAbsent(topic, this::itemsNotYetWorkedOut);
    }

    private List<ItemView> itemsNotYetWorkedOut(Topic topic) {
        Map<String, List<Conclusion>> byItem = conclusionsOf(topic).stream()
                .collect(Collectors.groupingBy(c -> String.valueOf(c.item()), LinkedHashMap::new, Collectors.toList()));
        List<ItemView> items = new ArrayList<>();
        byItem.forEach((item, conclusions) -> {
            Conclusion conclusion = consistent(conclusions);
            List<Reason> supporting = reasons.get(conclusion);
            items.add(new ItemView(conclusion.item(), conclusion.outcome(), strongest(supporting), views(supporting)));
        });
        return items;
    }

    /** The unknown case facts an open or judgement verdict waits on, found down its chain of reasons. */
    List<String> missing(List<Reason> supporting) {
        Set<String> missing = new LinkedHashSet<>();
        for (Reason reason : closure(supporting)) {
            if (reason.outcome() != Outcome.UNDETERMINED && reason.outcome() != Outcome.CONSIDER) {
                continue;
            }
            matchedFacts.of(rule(reason), reason.premises()).stream().filter(values::isUnknown).map(values::toAsk).forEach(missing::addAll);
        }
        return missing.stream().sorted(Comparator.comparingInt(FactPaths::order)).toList();
    }

    private Conclusion single(Topic topic, String item) {
        List<Conclusion> conclusions = conclusionsOf(topic).stream().filter(c -> Objects.equals(c.item(), item)).toList();
        return conclusions.isEmpty() ? null : consistent(conclusions);
    }

    private List<Conclusion> conclusionsOf(Topic topic) {
        return conclusionsByTopic.getOrDefault(topic, List.of());
    }

    private Conclusion consistent(List<Conclusion> conclusions) {
        if (conclusions.size() > 1) {
            throw new RuleConflictException("The rules concluded " + conclusions.stream().map(c -> c.outcome().name())
                    .collect(Collectors.joining(" and ")) + " for " + conclusions.get(0).topic().key()
                    + (conclusions.get(0).item() == null ? "" : " (" + conclusions.get(0).item() + ")") + ", by the rules: "
                    + conclusions.stream().flatMap(c -> reasons.get(c).stream()).map(Reason::rule).distinct()
                    .collect(Collectors.joining("; ")));
        }
        return conclusions.get(0);
    }

    private List<ItemView> details(Topic topic) {
        List<ItemView> details = new ArrayList<>();
        for (Topic part : Topic.values()) {
            if (part.partOf() == topic) {
                details.addAll(items(part));
            }
        }
        return details;
    }

    private List<ReasonView> notes(Topic topic) {
        Map<RuleAndSentence, List<Note>> byRuleAndSentence = evaluation.notes().stream().filter(n -> n.topic() == topic)
                .collect(Collectors.groupingBy(n -> new RuleAndSentence(n.rule(), n.because()), LinkedHashMap::new, Collectors.toList()));
        return byRuleAndSentence.values().stream().map(group -> {
            Note note = group.get(0);
            RuleInfo rule = ruleSet.rule(note.rule()).orElseThrow();
            List<Object> premises = group.stream().flatMap(n -> n.premises().stream()).toList();
            return new ReasonView(rule.id(), rule.name(), null, null, note.because(), facts(rule, premises), rule.guidance(),
                    rule.citation(), scope(rule), grounds(premises));
        }).toList();
    }

    /** One view per rule and sentence: a rule that matched several times for the same sentence is one reason. */
    private List<ReasonView> views(List<Reason> supporting) {
        return viewsOf.computeIfAbsent(supporting, this::viewsNotYetWorkedOut);
    }

    private List<ReasonView> viewsNotYetWorkedOut(List<Reason> supporting) {
        Map<RuleAndSentence, List<Reason>> byRuleAndSentence = supporting.stream()
                .collect(Collectors.groupingBy(r -> new RuleAndSentence(r.rule(), r.because()), LinkedHashMap::new, Collectors.toList()));
        return byRuleAndSentence.values().stream().map(group -> {
            Reason reason = group.get(0);
            RuleInfo rule = rule(reason);
            List<Object> premises = group.size() == 1 ? reason.premises() : group.stream().flatMap(r -> r.premises().stream()).toList();
            return new ReasonView(rule.id(), rule.name(), reason.outcome(), reason.basis(), reason.because(),
                    facts(rule, premises), rule.guidance(), rule.citation(), scope(rule), grounds(premises));
        }).toList();
    }

    /** A rule and one sentence it gave: the key that makes several matches of a rule one reason. */
    private record RuleAndSentence(String rule, String because) {
    }

    private List<FactUsed> facts(RuleInfo rule, List<Object> premises) {
        return matchedFacts.of(rule, premises).stream().map(values::used).toList();
    }

    /**
     * The reasons for the conclusions a rule matched, each once. One level is enough: every verdict and finding is
     * reported with its own reasons, so the chain can be followed down from there.
     */
    private List<Ground> grounds(List<Object> premises) {
        return groundsOf.computeIfAbsent(conclusionsAmong(premises), this::groundsNotYetWorkedOut);
    }

    private List<Ground> groundsNotYetWorkedOut(List<Conclusion> premiseConclusions) {
        List<Ground> grounds = new ArrayList<>();
        Set<RuleAndSentence> seen = new HashSet<>();
        for (Reason reason : premiseReasons(premiseConclusions)) {
            RuleInfo rule = rule(reason);
            if (seen.add(new RuleAndSentence(rule.id(), reason.because()))) {
                String about = reason.topic().title() + (reason.item() == null ? "" : " (" + reason.item() + ")");
                grounds.add(new Ground(rule.id(), about, reason.outcome(), reason.because(), facts(rule, reason.premises())));
            }
        }
        return List.copyOf(grounds);
    }

    /** The given reasons and every reason down their premises, breadth first. */
    private List<Reason> closure(List<Reason> start) {
        List<Reason> ordered = new ArrayList<>();
        // By identity: a reason's premises are whole case records, slow to hash, and each reason is one object.
        Set<Reason> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Reason> queue = new ArrayDeque<>(start);
        while (!queue.isEmpty()) {
            Reason reason = queue.removeFirst();
            if (visited.add(reason)) {
                ordered.add(reason);
                queue.addAll(premiseReasons(conclusionsAmong(reason.premises())));
            }
        }
        return ordered;
    }

    /** The conclusions among a rule's premises, each once, in the order matched. */
    private static List<Conclusion> conclusionsAmong(List<Object> premises) {
        List<Conclusion> conclusions = new ArrayList<>(premises.size());
        for (Object premise : premises) {
            if (premise instanceof Conclusion conclusion && !conclusions.contains(conclusion)) {
                conclusions.add(conclusion);
            }
        }
        return conclusions;
    }

    /** The reasons for the given conclusions, in a fixed order whatever order the rule fired in. */
    private List<Reason> premiseReasons(List<Conclusion> premiseConclusions) {
        return premiseReasonsOf.computeIfAbsent(premiseConclusions, conclusions -> conclusions.stream()
                .flatMap(c -> reasons.getOrDefault(c, List.of()).stream())
                .sorted(PREMISE_REASON_ORDER)
                .toList());
    }

    private static final Comparator<Reason> PREMISE_REASON_ORDER = Comparator.comparing(Reason::topic)
            .thenComparing(r -> String.valueOf(r.item())).thenComparing(Reason::rule).thenComparing(Reason::because);

    private RuleInfo rule(Reason reason) {
        return ruleSet.rule(reason.rule()).orElseThrow(() -> new IllegalStateException("unknown rule " + reason.rule()));
    }

    private static String scope(RuleInfo rule) {
        return rule.isLocal() ? rule.profile() : "national";
    }

    private static Basis strongest(List<Reason> supporting) {
        return supporting.stream().map(Reason::basis).min(Comparator.naturalOrder()).orElse(Basis.JUDGEMENT);
    }

    private static String summary(List<ReasonView> views) {
        return views.stream().map(ReasonView::because).distinct().limit(SUMMARY_SENTENCES).collect(Collectors.joining(" "));
    }
}
