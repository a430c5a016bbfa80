package uk.safeguarding.rules.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.assessment.Assessor;
import uk.safeguarding.rules.assessment.Assessors;
import uk.safeguarding.rules.assessment.Deadline;
import uk.safeguarding.rules.assessment.OpenQuestion;
import uk.safeguarding.rules.engine.RuleSource;
import uk.safeguarding.rules.input.CaseReader;
import uk.safeguarding.rules.input.InvalidCaseException;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * Checks case files against a rule set: assesses each case under its profile and compares the outcomes, reasons,
 * questions and deadlines with what the file expects. One assessor per profile is built on first use and reused.
 */
public final class CaseRunner {

    public static final String ABSENT = "ABSENT";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Function<String, Assessor> assessorForProfile;
    private final Map<String, Assessor> assessors = new ConcurrentHashMap<>();

    private CaseRunner(Function<String, Assessor> assessorForProfile) {
        this.assessorForProfile = assessorForProfile;
    }

    /** A runner assessing each profile's cases with the rules {@code rules} gives for it, compiled once per profile. */
    public static CaseRunner forRules(Function<String, RuleSource> rules) {
        return new CaseRunner(profile -> Assessors.load(rules.apply(profile)));
    }

    /** A runner assessing every case with one assessor, already built: for cases of that assessor's profile. */
    public static CaseRunner forAssessor(Assessor assessor) {
        return new CaseRunner(profile -> assessor);
    }

    public Assessor assessor(String profile) {
        return assessors.computeIfAbsent(profile, assessorForProfile);
    }

    public List<CaseResult> runAll(List<CaseFile> files) {
        return files.stream().map(this::run).toList();
    }

    public CaseResult run(CaseFile file) {
        if (!file.readable()) {
            return new CaseResult(file, null, List.of(), file.problem());
        }
        TestCase testCase = file.testCase();
        Assessment assessment;
        try {
            assessment = assess(testCase);
        } catch (InvalidCaseException invalid) {
            return new CaseResult(file, null, List.of(), "the input is invalid: " + invalid.getMessage());
        } catch (RuntimeException failure) {
            return new CaseResult(file, null, List.of(), failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
        return new CaseResult(file, assessment, compare(testCase, assessment), null);
    }

    /** The assessment of a case file's input under its profile, as of its assessment date. */
    public Assessment assess(TestCase testCase) {
        return assessor(testCase.profile()).assess(caseOf(testCase), false);
    }

    /** A case file's input as a case, read as of its assessment date. */
    public static SafeguardingCase caseOf(TestCase testCase) {
        LocalDate today = testCase.assessedOn() != null ? testCase.assessedOn() : LocalDate.now(LONDON);
        Clock clock = Clock.fixed(today.atStartOfDay(LONDON).toInstant(), LONDON);
        return new CaseReader(clock).read(testCase.input());
    }

    static List<Mismatch> compare(TestCase testCase, Assessment assessment) {
        AssessmentIndex index = new AssessmentIndex(assessment);
        List<Mismatch> mismatches = new ArrayList<>();
        testCase.output().forEach((key, expected) -> {
            AssessmentIndex.Entry actual = index.entry(key).orElse(null);
            String actualText = actual == null ? ABSENT : expected.trim().contains(" ") ? actual.text() : actual.outcome();
            if (!actualText.equalsIgnoreCase(expected.trim())) {
                mismatches.add(new Mismatch(key, expected.trim(), actualText, actual == null ? List.of() : actual.ruleIds()));
            }
        });
        for (String ruleId : testCase.rules()) {
            if (!index.ruleIds().contains(ruleId)) {
                mismatches.add(new Mismatch("rules", ruleId + " among the reasons", "not among them", List.of()));
            }
        }
        for (String ruleId : testCase.rulesAbsent()) {
            if (index.ruleIds().contains(ruleId)) {
                mismatches.add(new Mismatch("rulesAbsent", ruleId + " not among the reasons", "among them", List.of(ruleId)));
            }
        }
        List<String> asked = assessment.questions().stream().map(OpenQuestion::fact).toList();
        for (String fact : testCase.questions()) {
            if (!asked.contains(fact)) {
                mismatches.add(new Mismatch("questions", fact + " asked", "not asked (asked: " + String.join(", ", asked) + ")", List.of()));
            }
        }
        for (String fact : testCase.questionsAbsent()) {
            if (asked.contains(fact)) {
                mismatches.add(new Mismatch("questionsAbsent", fact + " not asked", "asked", List.of()));
            }
        }
        testCase.deadlines().forEach((id, due) -> {
            String actual = assessment.deadlines().stream().filter(d -> d.id().equals(id)).map(Deadline::due)
                    .map(String::valueOf).findFirst().orElse(ABSENT);
            if (!actual.equals(due.toString())) {
                mismatches.add(new Mismatch("deadlines." + id, due.toString(), actual, List.of()));
            }
        });
        return mismatches;
    }
}
