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
import org.junit.jupiter.api.Test;
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
                new Institution(pick(InstitutionalSetting.class), answer(), answer(), answer()),
                new SafeguardingContext(answer(), answer(), answer()),
                new Review(answer(), answer(), answer(), answer(), answer(), answer(), answer(), answer(), answer(), answer(),
                        answer(), answer()),
                new ParallelProcesses(random.nextBoolean() ? List.of() : List.of(new OtherVictim(maybe(random.nextInt(60)),
                        answer(), pick(Relationship.class))), answer(), answer(), answer(), answer()),
                new Partnership(maybe(pick(Organisation.class)), answer(), maybe(pick(List.of("Northshire", "Southborough"))),
                        maybe(pick(List.of("Northshire", "Southborough"))),
                        random.nextBoolean() ? List.of() : List.of("Northshire", "Eastvale")),
                new RapidReviewMeeting(random.nextBoolean() ? List.of() : someOrganisations(), someOrganisations()),
                ProcessDates.NOT_GIVEN, null);
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
