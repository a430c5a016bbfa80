package uk.safeguarding.rules.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import uk.safeguarding.rules.conclusion.Conclusion;
import uk.safeguarding.rules.conclusion.Outcome;
import uk.safeguarding.rules.conclusion.TimescaleRequest;
import uk.safeguarding.rules.conclusion.Topic;
import uk.safeguarding.rules.engine.Evaluation;
import uk.safeguarding.rules.engine.RuleEngine;
import uk.safeguarding.rules.engine.RuleSet;
import uk.safeguarding.rules.facts.CaseFacts;
import uk.safeguarding.rules.facts.FactPaths;
import uk.safeguarding.rules.facts.ThresholdsTable;
import uk.safeguarding.rules.input.FieldError;
import uk.safeguarding.rules.input.InvalidCaseException;
import uk.safeguarding.rules.input.Json;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * Assesses cases against one rule set: the library's entry point. Built once and shared; every method is safe to call
 * from many threads at once, since each evaluation runs in a session of its own.
 */
public final class Assessor {

    private static final List<Topic> VERDICTS = topics(Topic.Kind.VERDICT);
    private static final List<Topic> FINDINGS = topics(Topic.Kind.FINDING);
    /** Earliest first; deadlines still waiting for a date go last. */
    private static final Comparator<Deadline> BY_DUE_DATE = Comparator.comparing(Deadline::due, Comparator.nullsLast(Comparator.naturalOrder()));

    private final RuleSet ruleSet;
    private final RuleEngine engine;
    private final ThresholdsTable thresholds;
    private final DeadlinePlanner deadlines;
    private final Clock clock;
    private final ObjectMapper json = Json.mapper();
    private final MatchedFacts matchedFacts = new MatchedFacts();

    public Assessor(RuleSet ruleSet, ThresholdsTable thresholds, DeadlinePlanner deadlines, Clock clock) {
        this(new RuleEngine(ruleSet), thresholds, deadlines, clock);
    }

    private Assessor(RuleEngine engine, ThresholdsTable thresholds, DeadlinePlanner deadlines, Clock clock) {
        this.ruleSet = engine.ruleSet();
        this.engine = engine;
        this.thresholds = thresholds;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * This assessor with only the rules {@code mayFire} accepts (by name) firing: for assessing with variants of rules
     * in place of the rules they stand in for (see {@link RuleEngine#firingOnly}).
     */
    public Assessor firingOnly(Predicate<String> mayFire) {
        return new Assessor(engine.firingOnly(mayFire), thresholds, deadlines, clock);
    }

    public RuleSetSummary ruleSetSummary() {
        return new RuleSetSummary(ruleSet.version(), ruleSet.contentHash(), ruleSet.profile(), ruleSet.rules().size());
    }

    /** What the rules concluded, without explanations: for tools that compare or count. */
    public Evaluation evaluate(SafeguardingCase safeguardingCase) {
        return engine.evaluate(facts(safeguardingCase));
    }

    /** The facts the rules are given for a case: its records, what its dates give, and the thresholds in force. */
    private List<Object> facts(SafeguardingCase safeguardingCase) {
        LocalDate caseDate = safeguardingCase.incident().date() != null
                ? safeguardingCase.incident().date() : safeguardingCase.incident().localAuthorityAwareDate();
        if (caseDate != null && caseDate.isBefore(thresholds.earliestDate())) {
            String path = safeguardingCase.incident().date() != null ? "incident.date" : "incident.localAuthorityAwareDate";
            throw new InvalidCaseException(List.of(new FieldError(path, "is " + caseDate + ", before "
                    + thresholds.earliestDate() + ", the earliest date these rules cover")));
        }
        return CaseFacts.of(safeguardingCase, thresholds.on(caseDate));
    }

    /** The outcome of each verdict, by its key. */
    public Map<String, Outcome> outcomes(SafeguardingCase safeguardingCase) {
        return outcomes(evaluate(safeguardingCase).conclusions());
    }

    public Assessment assess(SafeguardingCase safeguardingCase) {
        return assess(safeguardingCase, true);
    }

    /**
     * The explained assessment. With {@code withImpact}, each open question also says what each answer would change,
     * which costs one further, incremental evaluation per possible answer (in the same session: only what the answer
     * touches is evaluated again).
     */
    public Assessment assess(SafeguardingCase safeguardingCase, boolean withImpact) {
        try (RuleEngine.Run run = engine.run(facts(safeguardingCase))) {
            Evaluation evaluation = run.evaluation();
            Explainer explainer = new Explainer(ruleSet, evaluation, new FactValues(json, safeguardingCase, evaluation.facts()), matchedFacts);
            LocalDate assessedOn = safeguardingCase.dayOfAssessment(clock);
            Map<Topic, List<Deadline>> deadlinesByTopic = deadlines(safeguardingCase, assessedOn, evaluation);
            Function<Topic, List<Deadline>> deadlinesOf = topic -> deadlinesByTopic.getOrDefault(topic, List.of());

            Map<String, Verdict> verdicts = new LinkedHashMap<>();
            VERDICTS.forEach(topic -> put(verdicts, topic, explainer.verdict(topic, deadlinesOf)));
            Map<String, Verdict> findings = new LinkedHashMap<>();
            FINDINGS.forEach(topic -> put(findings, topic, explainer.verdict(topic, deadlinesOf)));
            Map<String, List<ItemView>> classification = new LinkedHashMap<>();
            for (Topic topic : topics(Topic.Kind.CLASSIFICATION)) {
                List<ItemView> items = explainer.items(topic);
                if (!items.isEmpty()) {
                    classification.put(topic.key(), items);
                }
            }
            List<Deadline> allDeadlines = deadlinesByTopic.values().stream().flatMap(List::stream).sorted(BY_DUE_DATE).toList();
            // What answering each open question would change, tried in this case's own session: only what the answer
            // touches is evaluated again.
            ImpactAnalysis impact = new ImpactAnalysis(answered -> outcomes(run.conclusionsWith(facts(answered))));
            return new Assessment(safeguardingCase.reference(), ruleSetSummary(), clock.instant(), assessedOn, verdicts, classification,
                    findings, questions(safeguardingCase, verdicts, outcomes(evaluation.conclusions()), withImpact ? impact : null), allDeadlines);
        }
    }

    /** The open questions; with {@code impact}, each says what each answer would change. */
    private List<OpenQuestion> questions(SafeguardingCase safeguardingCase, Map<String, Verdict> verdicts,
                                         Map<String, Outcome> current, ImpactAnalysis impact) {
        Map<String, List<String>> waiting = new LinkedHashMap<>();
        verdicts.forEach((key, verdict) -> verdict.missing()
                .forEach(fact -> waiting.computeIfAbsent(fact, f -> new ArrayList<>()).add(key)));
        List<OpenQuestion> questions = new ArrayList<>();
        waiting.forEach((fact, waitingVerdicts) -> questions.add(new OpenQuestion(fact,
                FactPaths.question(fact).orElse("What is " + fact + "?"), waitingVerdicts,
                impact != null ? impact.ifAnswered(safeguardingCase, current, fact) : List.of())));
        questions.sort(Comparator.comparingInt((OpenQuestion q) -> -q.ifAnswered().stream().mapToInt(a -> a.changes().size()).sum())
                .thenComparingInt(q -> -q.verdicts().size()));
        return questions;
    }

    private Map<Topic, List<Deadline>> deadlines(SafeguardingCase safeguardingCase, LocalDate assessedOn, Evaluation evaluation) {
        Map<Topic, Outcome> outcomes = evaluation.conclusions().stream().filter(c -> c.item() == null)
                .collect(Collectors.toMap(Conclusion::topic, Conclusion::outcome, (a, b) -> a));
        Map<Topic, List<Deadline>> byTopic = new LinkedHashMap<>();
        evaluation.timescales().stream().map(TimescaleRequest::timescaleId).distinct().forEach(id -> {
            TimescaleRequest request = evaluation.timescales().stream().filter(t -> t.timescaleId().equals(id)).findFirst().orElseThrow();
            Deadline.Status status = switch (outcomes.getOrDefault(request.topic(), Outcome.UNDETERMINED)) {
                case YES, NO -> Deadline.Status.DUE;
                case CONSIDER -> Deadline.Status.DUE_IF_DECIDED;
                case UNDETERMINED -> Deadline.Status.DUE_IF_REQUIRED;
            };
            String ruleId = ruleSet.rule(request.rule()).orElseThrow().id();
            byTopic.computeIfAbsent(request.topic(), t -> new ArrayList<>())
                    .add(deadlines.plan(id, safeguardingCase, assessedOn, request.topic().key(), status).appliedBy(ruleId));
        });
        byTopic.values().forEach(list -> list.sort(BY_DUE_DATE));
        return byTopic;
    }

    private static Map<String, Outcome> outcomes(List<Conclusion> conclusions) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Topic topic : VERDICTS) {
            conclusions.stream().filter(c -> c.topic() == topic && c.item() == null).findFirst()
                    .ifPresent(c -> outcomes.put(topic.key(), c.outcome()));
        }
        return outcomes;
    }

    private static void put(Map<String, Verdict> map, Topic topic, Verdict verdict) {
        if (verdict != null) {
            map.put(topic.key(), verdict);
        }
    }

    private static List<Topic> topics(Topic.Kind kind) {
        return Arrays.stream(Topic.values()).filter(t -> t.kind() == kind).toList();
    }
}
