package uk.safeguarding.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.safeguarding.rules.SharedAssessor;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.assessment.Assessor;
import uk.safeguarding.rules.assessment.Assessors;
import uk.safeguarding.rules.assessment.Deadline;
import uk.safeguarding.rules.assessment.ItemView;
import uk.safeguarding.rules.assessment.ReasonView;
import uk.safeguarding.rules.assessment.Verdict;
import uk.safeguarding.rules.calendar.WorkingDayCalendar;
import uk.safeguarding.rules.conclusion.Basis;
import uk.safeguarding.rules.conclusion.Outcome;
import uk.safeguarding.rules.conclusion.Topic;
import uk.safeguarding.rules.conclusion.Words;
import uk.safeguarding.rules.engine.RuleInfo;
import uk.safeguarding.rules.input.CaseReader;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * The record and working notes for the service's example cases, compared with reviewed copies under
 * src/test/resources/rapid-review, and checked for what issue 16 asks: the template's sections in order, nothing but
 * plain English in the record, no box ticked, and every reason, question and deadline in the notes exactly once.
 * After a change that moves the documents on purpose, regenerate the reviewed copies with the switch that regenerates
 * the service's example responses, -Dexamples.regenerate=true, and read the diff.
 */
class RapidReviewDocumentsTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("examples.dir", "../rules-service/src/main/resources/examples"));
    private static final Path REVIEWED = Path.of("src/test/resources/rapid-review");
    private static final boolean REGENERATE = Boolean.getBoolean("examples.regenerate");
    /** A fixed day, so the reviewed copies do not change with the date; after every example's dates. */
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-30T13:18:00Z"), ZoneOffset.UTC);
    private static final Assessor ASSESSOR = Assessors.using(SharedAssessor.NATIONAL.ruleSet(), WorkingDayCalendar.englandAndWales(), DAY);
    private static final RapidReviewWriter WRITER = RapidReviewWriter.shipped();

    /** The Rapid Review template's (toolkit Document 4) sections, in its order. */
    private static final List<String> TEMPLATE_HEADINGS = List.of(
            "## Background Information",
            "### List of Participants in Rapid Review",
            "## Section 1: Case Background",
            "### Details of Family Members and Significant Others",
            "### Case Summary",
            "### Documentation available to this Rapid Review",
            "## Section 2: Consideration of Case, Criteria and Guidance",
            "### 2.1 Immediate Safeguarding Arrangements of any children involved",
            "### 2.2 Identifying Improvements to Safeguard and Promote the Welfare of Children",
            "### 2.3 Rapid Review Discussions",
            "## Section 3: Recommendation",
            "### Proposed Key Lines of Enquiry for LCSPR (if decision is to progress to a review)",
            "### Reasons for Recommendation, including the potential identified for additional learning",
            "## Sign off");
    /** Prompts inside the sections the template asks to be answered, in its order. */
    private static final List<String> TEMPLATE_PROMPTS = List.of(
            "| Name of Child |", "| Date of Birth and Age |", "| Ethnicity |", "| Gender |", "| Other key details about the child",
            "| Date of Death / Serious Incident |", "| Date notified to Ofsted |", "| Date of Rapid Review |",
            "Omissions to the list of participants", "None of the above", "a) Meets the criteria for a national",
            "b) Meets the criteria for a Local", "c) Does not meet the criteria", "d) Warrants consideration of DHR, SAR, MAPPA or other",
            "Please state:", "e) The Rapid Review has identified learning", "Date this form submitted to the National Panel");
    /** Unticked boxes: the 2.1 yes/no pair, eight criteria and "None of the above", five options. */
    private static final int BOXES = 2 + 9 + 5;

    record Example(String name, SafeguardingCase safeguardingCase, Assessment assessment, RapidReviewDocuments documents) {
    }

    @TestFactory
    Stream<DynamicTest> eachExampleGivesItsReviewedDocuments() {
        return examples().stream().flatMap(example -> Stream.of(
                DynamicTest.dynamicTest(example.name() + " record", () -> compare(example.name() + ".record.md", example.documents().record().markdown())),
                DynamicTest.dynamicTest(example.name() + " working notes", () -> compare(example.name() + ".working-notes.md",
                        example.documents().workingNotes().markdown()))));
    }

    @TestFactory
    Stream<DynamicTest> theRecordFollowsTheTemplateInPlainEnglishAndTicksNothing() {
        Set<String> codes = internalCodes();
        return examples().stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            String record = example.documents().record().markdown();
            List<String> headings = record.lines().filter(line -> line.startsWith("## ") || line.startsWith("### ")).toList();
            assertEquals(TEMPLATE_HEADINGS, headings, "the record's sections are the template's, in its order");
            assertInOrder(record, TEMPLATE_PROMPTS);
            List<String> found = codes.stream().filter(code -> Pattern.compile("(?<![\\w.-])" + Pattern.quote(code) + "(?![\\w-])")
                    .matcher(record).find()).toList();
            assertEquals(List.of(), found, "rule ids, field names or codes in the record");
            assertFalse(record.contains("[x]") || record.contains("[X]"), "a box is ticked");
            assertEquals(BOXES, count(record, "[ ]"), "every box is there, unticked");
            assertEquals(!example.assessment().questions().isEmpty(), record.contains("Not yet a Rapid Review record"),
                    "a record with facts still open says at the top that it is not yet a Rapid Review record");
        }));
    }

    @TestFactory
    Stream<DynamicTest> theWorkingNotesGiveEveryReasonQuestionAndDeadlineOnce() {
        return examples().stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            String notes = example.documents().workingNotes().markdown();
            Assessment assessment = example.assessment();
            assertTrue(notes.lines().findFirst().orElseThrow().endsWith("not for pasting"), "the notes say at once they are not for pasting");
            assertTrue(notes.contains(assessment.ruleSet().version()) && notes.contains(assessment.ruleSet().contentHash()),
                    "the rule-set version and hash");
            assertTrue(notes.contains("## Lead partnership"));
            for (String reason : reasons(assessment)) {
                assertEquals(1, count(notes, reason), "reason printed once: " + reason);
            }
            assessment.questions().forEach(question -> assertEquals(1, count(notes, question.question()),
                    "question printed once: " + question.question()));
            for (Deadline deadline : assessment.deadlines()) {
                String row = "| " + (deadline.due() == null ? "not yet known" : (deadline.earliest() == null ? ""
                        : Words.day(deadline.earliest()) + " to ") + Words.day(deadline.due())) + " | " + deadline.action();
                assertEquals(1, notes.lines().filter(line -> line.startsWith(row)).count(), "deadline printed once: " + row);
            }
        }));
    }

    @Test
    void pastDueDatesAreFlaggedUnlessTheCaseRecordsTheActionDone() {
        SafeguardingCase sudi = example("sudi").safeguardingCase();
        SafeguardingCase assessedLater = new SafeguardingCase(sudi.reference(), sudi.child(), sudi.incident(), sudi.abuseOrNeglect(),
                sudi.harmSource(), sudi.institution(), sudi.safeguardingContext(), sudi.review(), sudi.parallelProcesses(),
                sudi.partnership(), sudi.rapidReviewMeeting(), sudi.processDates(), java.time.LocalDate.of(2026, 11, 30));
        String notes = WRITER.write(assessedLater, ASSESSOR.assess(assessedLater, false)).workingNotes().markdown();
        assertTrue(row(notes, "Complete the Rapid Review and submit it to the Panel").contains("**overdue by"), notes);
        assertTrue(row(notes, "Notify the Child Safeguarding Practice Review Panel").contains("done Wednesday 18 March 2026"), notes);
        assertFalse(row(notes, "Complete and publish the local child safeguarding practice review").contains("overdue"), notes);
    }

    @Test
    void theQuorumFactsNameTheOrganisations() {
        Verdict quorum = example("sudi").assessment().verdicts().get(Topic.RAPID_REVIEW_MEETING.key());
        Object attendees = quorum.reasons().get(0).facts().get(0).value();
        assertEquals(List.of("LOCAL_AUTHORITY", "POLICE", "INTEGRATED_CARE_BOARD", "HEALTH_PROVIDER"), attendees);
    }

    @Test
    void theHtmlIsTheSameDocumentWithAnythingTypedInEscaped() {
        Example sudi = example("sudi");
        SafeguardingCase c = sudi.safeguardingCase();
        SafeguardingCase typed = new SafeguardingCase("<script>alert(1)</script>", c.child(), c.incident(), c.abuseOrNeglect(),
                c.harmSource(), c.institution(), c.safeguardingContext(), c.review(), c.parallelProcesses(), c.partnership(),
                c.rapidReviewMeeting(), c.processDates(), c.assessedOn());
        String html = WRITER.write(typed, ASSESSOR.assess(typed, false)).record().html();
        assertTrue(html.contains("<h2>Background Information</h2>") && html.contains("<table>"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void aPolicyOfficersEditedTemplateChangesTheRecord(@org.junit.jupiter.api.io.TempDir Path templates) throws IOException {
        Path shipped = Path.of("../rules/templates");
        try (Stream<Path> files = Files.list(shipped)) {
            for (Path file : files.toList()) {
                Files.writeString(templates.resolve(file.getFileName()), Files.readString(file)
                        .replace("{#is 'POLICE'}Police", "{#is 'POLICE'}The constabulary"));
            }
        }
        Example sudi = example("sudi");
        String record = RapidReviewWriter.fromDirectory(templates).record(sudi.safeguardingCase(), sudi.assessment());
        assertTrue(record.contains("| [complete locally] | [complete locally] | The constabulary |"), record);
    }

    private static void compare(String file, String actual) throws IOException {
        Path reviewed = REVIEWED.resolve(file);
        if (REGENERATE) {
            Files.createDirectories(REVIEWED);
            Files.writeString(reviewed, actual);
        }
        assertEquals(Files.readString(reviewed), actual, file + " has changed; if that is intended, regenerate with "
                + "-Dexamples.regenerate=true and read the diff");
    }

    private static List<Example> examples() {
        return Assessed.EXAMPLES;
    }

    /** Assessed once, when first asked for. */
    private static final class Assessed {
        static final List<Example> EXAMPLES = assessAll();
    }

    private static List<Example> assessAll() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".request.json"))
                    .map(f -> f.substring(0, f.length() - ".request.json".length())).sorted()
                    .filter(name -> isAssessment(read(name))).map(RapidReviewDocumentsTest::example).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The timescales and quorum examples are not cases. */
    private static boolean isAssessment(String request) {
        return request.contains("\"incident\"");
    }

    private static Example example(String name) {
        SafeguardingCase safeguardingCase = new CaseReader(DAY).read(read(name));
        Assessment assessment = ASSESSOR.assess(safeguardingCase, true);
        return new Example(name, safeguardingCase, assessment, WRITER.write(safeguardingCase, assessment));
    }

    private static String read(String name) {
        try {
            return Files.readString(EXAMPLES.resolve(name + ".request.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sentence the rules gave as a reason or note, for a verdict or a harm question. */
    private static Set<String> reasons(Assessment assessment) {
        Set<String> reasons = new LinkedHashSet<>();
        assessment.verdicts().values().forEach(verdict -> Stream.concat(verdict.reasons().stream(), verdict.notes().stream())
                .map(ReasonView::because).forEach(reasons::add));
        assessment.harmClassification().values().forEach(items -> items.forEach(item -> item.reasons().stream()
                .map(ReasonView::because).forEach(reasons::add)));
        return reasons;
    }

    /**
     * What must never reach the record: rule ids and guidance ids from the rule catalogue, every field path and
     * camel-case field name of the case model and every camel-case verdict key, the assessment's fact paths, item keys and deadline ids, and the name
     * of every enum constant a case or an answer can hold.
     */
    private static Set<String> internalCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (RuleInfo rule : SharedAssessor.NATIONAL.ruleSet().rules()) {
            codes.add(rule.id());
            codes.addAll(rule.guidance());
        }
        List<Class<?>> enums = new ArrayList<>(List.of(Outcome.class, Basis.class, Deadline.Status.class, Topic.class));
        collectFields(SafeguardingCase.class, "", codes, enums);
        enums.forEach(type -> Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).forEach(codes::add));
        Arrays.stream(Topic.values()).map(Topic::key).filter(RapidReviewDocumentsTest::isCamelCase).forEach(codes::add);
        for (Example example : examples()) {
            Assessment assessment = example.assessment();
            assessment.deadlines().forEach(deadline -> codes.add(deadline.id()));
            Stream.concat(assessment.verdicts().values().stream(), assessment.findings().values().stream()).forEach(verdict -> {
                verdict.missing().forEach(codes::add);
                verdict.details().stream().map(ItemView::item).filter(RapidReviewDocumentsTest::isCamelCase).forEach(codes::add);
                Stream.concat(verdict.reasons().stream(), verdict.notes().stream())
                        .forEach(reason -> reason.facts().forEach(fact -> codes.add(fact.fact())));
            });
        }
        return codes;
    }

    private static void collectFields(Class<?> type, String prefix, Set<String> codes, List<Class<?>> enums) {
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix + component.getName();
            // A one-word field name ("child", "incident") is an ordinary word; a path or a camel-case name is not.
            if (path.contains(".") || isCamelCase(path)) {
                codes.add(path);
            }
            if (isCamelCase(component.getName())) {
                codes.add(component.getName());
            }
            Class<?> element = component.getType();
            if (List.class.isAssignableFrom(element) && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> listed) {
                element = listed;
            }
            if (element.isEnum() && !enums.contains(element)) {
                enums.add(element);
            } else if (element.isRecord()) {
                collectFields(element, path + ".", codes, enums);
            }
        }
    }

    private static boolean isCamelCase(String name) {
        return name.chars().anyMatch(Character::isUpperCase) && Character.isLowerCase(name.charAt(0));
    }

    private static void assertInOrder(String text, List<String> parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, "\"" + part + "\" missing, or out of the template's order");
            from = at + part.length();
        }
    }

    private static String row(String notes, String action) {
        return notes.lines().filter(line -> line.startsWith("| ") && line.contains("| " + action)).findFirst().orElseThrow();
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
