package uk.safeguarding.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.safeguarding.rules.input.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import uk.safeguarding.rules.conclusion.Outcome;
import uk.safeguarding.rules.facts.FactPaths;
import uk.safeguarding.rules.SharedAssessor;
import uk.safeguarding.rules.assessment.RuleConflictException;
import uk.safeguarding.rules.conclusion.Conclusion;
import uk.safeguarding.rules.conclusion.Topic;
import uk.safeguarding.rules.model.*;

/**
 * The rules decide every question in four values by rules written one outcome at a time, so a gap (no rule fires) or
 * an overlap (two outcomes) is easy to write by accident. Random cases over every value of every fact check that each
 * verdict and finding always gets exactly one outcome.
 */
class RuleConsistencyTest {

    private static final int CASES = 1500;
    private static final List<Topic> ALWAYS_ANSWERED = List.of(Topic.SERIOUS_CASE, Topic.PANEL_NOTIFICATION,
            Topic.SECRETARY_OF_STATE_NOTIFICATION, Topic.RAPID_REVIEW, Topic.LOCAL_REVIEW, Topic.NATIONAL_REVIEW,
            Topic.PARALLEL_PROCESSES, Topic.CHILD, Topic.LOOKED_AFTER, Topic.CARE_LEAVER, Topic.DIED_OR_SERIOUSLY_HARMED,
            Topic.ABUSE_OR_NEGLECT, Topic.NOTIFYING_AUTHORITY);

    private final Random random = new Random(20261124L);

    @Test
    void everyQuestionGetsExactlyOneOutcomeWhateverTheFacts() {
        List<String> failures = new ArrayList<>();
        for (int index = 0; index < CASES; index++) {
            final int i = index;
            SafeguardingCase safeguardingCase = randomCase(i);
            try {
                List<Conclusion> conclusions = SharedAssessor.NATIONAL.evaluate(safeguardingCase).conclusions();
                for (Topic topic : ALWAYS_ANSWERED) {
                    List<Conclusion> answers = conclusions.stream().filter(c -> c.topic() == topic && c.item() == null).toList();
                    if (answers.size() != 1) {
                        failures.add("case " + i + ": " + topic.key() + " has " + answers.size() + " outcomes " + answers + " for " + safeguardingCase);
                    }
                }
                Map<String, List<Conclusion>> byItem = conclusions.stream().filter(c -> c.item() != null)
                        .collect(Collectors.groupingBy(c -> c.topic() + "/" + c.item()));
                byItem.forEach((item, answers) -> {
                    if (answers.size() != 1) {
                        failures.add("case " + i + ": " + item + " has outcomes " + answers + " for " + safeguardingCase);
                    }
                });
                SharedAssessor.NATIONAL.assess(safeguardingCase, false);
            } catch (RuleConflictException | IllegalStateException broken) {
                failures.add("case " + i + ": " + broken.getMessage() + " for " + safeguardingCase);
            }
            if (failures.size() > 5) {
                break;
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    @Test
    void theGeneratorReachesEveryOutcomeOfTheMainQuestions() {
        // Guards the test above: a generator that never produced, say, a YES would prove nothing about YES rules.
        Map<Topic, java.util.Set<String>> seen = new java.util.EnumMap<>(Topic.class);
        for (int i = 0; i < CASES; i++) {
            SharedAssessor.NATIONAL.evaluate(randomCase(i)).conclusions().stream().filter(c -> c.item() == null)
                    .forEach(c -> seen.computeIfAbsent(c.topic(), t -> new java.util.TreeSet<>()).add(c.outcome().name()));
        }
        for (Topic topic : List.of(Topic.SERIOUS_CASE, Topic.PANEL_NOTIFICATION, Topic.RAPID_REVIEW, Topic.LOCAL_REVIEW)) {
            assertEquals(java.util.Set.of("YES", "NO", "CONSIDER", "UNDETERMINED"), seen.get(topic), topic.key());
        }
        assertTrue(seen.get(Topic.SECRETARY_OF_STATE_NOTIFICATION).containsAll(List.of("YES", "NO", "UNDETERMINED")));
    }

    private SafeguardingCase randomCase(int index) {
        LocalDate incident = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2800));
        LocalDate birth = incident.minusDays(random.nextInt(26 * 366));
        return new SafeguardingCase("fuzz-" + index,
                new Child(maybe(birth), maybe(random.nextInt(26)),
                        new LookedAfter(answer(), answer(), answer()),
                        new CareHistory(answer(), List.of(), maybe(random.nextInt(200) / 4.0), answer(), answer()),
                        pick(ChildProtectionPlan.class), answer(), answer(), answer(), answer(), answer()),
                new Incident(pick(IncidentOutcome.class), pick(CauseOfDeath.class),
                        new Harm(answer(), answer(), answer(), answer()),
                        maybe(incident), maybe(incident.plusDays(random.nextInt(10))), pick(IncidentLocation.class), answer(),
                        maybe(random.nextInt(3))),
                new AbuseOrNeglect(pick(AbuseOrNeglectStatus.class), pick(Contribution.class), answer(), answer(), answer(),
                        answer(), answer(), answer(), answer(), answer(), answer()),
                new HarmSource(pick(HarmCausedBy.class), pick(Relationship.class), answer(), answer(), answer()),
                new Institution(pick(InstitutionalSetting.class), answer(), answer(), answer(), answer()),
                new SafeguardingContext(answer(), answer(), answer()),
                new Review(answer(), answer(), answer(), answer(), answer(), answer(), answer(), answer(), answer(), answer(),
                        answer(), answer(), answer()),
                new ParallelProcesses(random.nextBoolean() ? List.of() : List.of(new OtherVictim(maybe(random.nextInt(60)),
                        answer(), pick(Relationship.class))), answer(), answer(), answer(), answer(), answer(), answer(), answer()),
                new Partnership(maybe(pick(Organisation.class)), answer(), maybe(pick(List.of("Northshire", "Southborough"))),
                        maybe(pick(List.of("Northshire", "Southborough"))),
                        random.nextBoolean() ? List.of() : List.of("Northshire", "Eastvale")),
                new RapidReviewMeeting(random.nextBoolean() ? List.of() : someOrganisations(), someOrganisations()),
                new ProcessDates(null, null, null, null, null, null, answer()), null);
    }

    /**
     * Unknown is never NO: a NO must rest on answered facts, so answering one fact that was unknown can never turn a
     * NO into YES or CONSIDER. The one designed exception is a route that contradicts the local authority's recorded
     * position: that CONSIDER names the contradiction for the partners to resolve (issue: never pick a side silently).
     */
    @Test
    void answeringAnUnknownFactNeverTurnsANoIntoYesOrConsider() throws Exception {
        Random facts = new Random(20261130L);
        ObjectMapper json = Json.mapper();
        List<String> failures = new ArrayList<>();
        int evaluations = 0;
        for (int index = 0; index < PROPERTY_CASES && failures.size() <= 5; index++) {
            SafeguardingCase before = randomCase(index);
            Map<String, Outcome> outcomesBefore = SharedAssessor.NATIONAL.outcomes(before);
            evaluations++;
            ObjectNode tree = json.valueToTree(before);
            List<String> unknown = unknownChoices(tree, "");
            java.util.Collections.shuffle(unknown, facts);
            for (String path : unknown.subList(0, Math.min(FACTS_PER_CASE, unknown.size()))) {
                for (Object value : FactPaths.typeOf(path).orElseThrow().getEnumConstants()) {
                    String answer = ((Enum<?>) value).name();
                    if (answer.equals("UNKNOWN")) {
                        continue;
                    }
                    SafeguardingCase after = json.treeToValue(with(tree.deepCopy(), path, answer), SafeguardingCase.class);
                    Evaluation evaluation = SharedAssessor.NATIONAL.evaluate(after);
                    Map<String, Outcome> outcomesAfter = SharedAssessor.NATIONAL.outcomes(after);
                    evaluations++;
                    outcomesBefore.forEach((verdict, was) -> {
                        Outcome now = outcomesAfter.get(verdict);
                        if (was == Outcome.NO && (now == Outcome.YES || now == Outcome.CONSIDER)
                                && !restsOnAContradiction(evaluation)) {
                            failures.add("case " + before.reference() + ": answering " + path + " = " + answer + " turned "
                                    + verdict + " from NO into " + now + " by " + evaluation.reasons().stream()
                                    .filter(r -> r.topic().key().equals(verdict) && r.item() == null).map(r -> r.rule()).toList());
                        }
                    });
                }
            }
        }
        assertTrue(evaluations > 1000, "the property was tried " + evaluations + " times");
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    private static final int PROPERTY_CASES = 400;
    private static final int FACTS_PER_CASE = 3;
    private static final java.util.Set<String> CONTRADICTIONS = java.util.Set.of(
            "A1-position-contradicted", "A1-contribution-contradicted");

    private static boolean restsOnAContradiction(Evaluation evaluation) {
        return evaluation.reasons().stream().anyMatch(reason -> CONTRADICTIONS.contains(
                SharedAssessor.NATIONAL.ruleSet().rule(reason.rule()).orElseThrow().id()));
    }

    /** The paths of facts that are unknown and have a fixed list of answers (yes/no facts and enumerations). */
    private static List<String> unknownChoices(JsonNode node, String path) {
        List<String> paths = new ArrayList<>();
        node.fields().forEachRemaining(field -> {
            String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (field.getValue().isObject()) {
                paths.addAll(unknownChoices(field.getValue(), child));
            } else if ("UNKNOWN".equals(field.getValue().asText())
                    && FactPaths.typeOf(child).filter(Class::isEnum).isPresent()) {
                paths.add(child);
            }
        });
        return paths;
    }

    private static ObjectNode with(ObjectNode tree, String path, String answer) {
        String[] parts = path.split("\\.");
        ObjectNode parent = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = (ObjectNode) parent.get(parts[i]);
        }
        parent.put(parts[parts.length - 1], answer);
        return tree;
    }

    private List<Organisation> someOrganisations() {
        return Arrays.stream(Organisation.values()).filter(o -> random.nextBoolean()).toList();
    }

    private Answer answer() {
        return pick(Answer.class);
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T maybe(T value) {
        return random.nextInt(4) == 0 ? null : value;
    }
}
