package uk.safeguarding.rules.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.safeguarding.rules.SharedAssessor;
import uk.safeguarding.rules.conclusion.Basis;
import uk.safeguarding.rules.conclusion.Outcome;
import uk.safeguarding.rules.input.CaseReader;
import uk.safeguarding.rules.input.Json;
import uk.safeguarding.rules.model.SafeguardingCase;

class AssessorTest {

    private static final CaseReader READER = new CaseReader(Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));
    private static final Assessor ASSESSOR = SharedAssessor.NATIONAL;

    private static SafeguardingCase read(String json) {
        return READER.read(json);
    }

    private static final String SHAKEN_BABY = """
            {"reference": "T-1", "child": {"dateOfBirth": "2026-01-05",
              "lookedAfter": {"accommodatedForMoreThan24Hours": "NO", "careOrder": "NO", "placementOrder": "NO"}},
             "incident": {"outcome": "HARMED", "harm": {"seriousOrLongTermImpairment": "YES"}, "date": "2026-12-20",
              "localAuthorityAwareDate": "2026-12-21", "location": "IN_AREA"},
             "abuseOrNeglect": {"strategyDiscussion": "YES"}}
            """;

    @Test
    void aVerdictCarriesTheRuleTheSentenceTheFactsTheGuidanceAndTheCitation() {
        Assessment assessment = ASSESSOR.assess(new CaseReader(Clock.fixed(Instant.parse("2026-12-22T12:00:00Z"), ZoneOffset.UTC))
                .read(SHAKEN_BABY), false);
        Verdict notify = assessment.verdicts().get("panelNotification");
        assertEquals(Outcome.YES, notify.outcome());
        assertEquals(Basis.DUTY, notify.basis());
        ReasonView reason = notify.reasons().get(0);
        assertEquals("N1-must-notify", reason.ruleId());
        assertEquals(List.of("N1"), reason.guidance());
        assertTrue(reason.citation().contains("s16C(1)"), reason.citation());
        assertTrue(reason.grounds().stream().anyMatch(g -> g.ruleId().equals("N1a-in-area")
                && g.facts().contains(new FactUsed("incident.location", "IN_AREA", List.of()))), reason.grounds().toString());
        Deadline due = notify.deadlines().stream().filter(d -> d.id().equals("panel-notification")).findFirst().orElseThrow();
        assertEquals(java.time.LocalDate.of(2026, 12, 30), due.due());
        assertEquals("N2-notify-within-working-days", due.appliedBy());
        assertEquals("T-1", assessment.reference());
        assertEquals(ASSESSOR.ruleSet().contentHash(), assessment.ruleSet().contentHash());
    }

    @Test
    void theQuorumExplanationNamesTheOrganisationsAttending() {
        Assessment assessment = ASSESSOR.assess(read("""
                {"incident": {"outcome": "UNKNOWN"},
                 "rapidReviewMeeting": {"attendees": ["LOCAL_AUTHORITY", "POLICE", "INTEGRATED_CARE_BOARD", "EDUCATION"]}}
                """), false);
        ReasonView quorate = assessment.verdicts().get("rapidReviewMeeting").reasons().get(0);
        assertEquals("R5-quorate", quorate.ruleId());
        assertEquals(List.of(new FactUsed("rapidReviewMeeting.attendees[]",
                List.of("LOCAL_AUTHORITY", "POLICE", "INTEGRATED_CARE_BOARD", "EDUCATION"), List.of())), quorate.facts());
    }

    @Test
    void anUndeterminedVerdictListsTheQuestionsAndWhatEachAnswerWouldChange() {
        Assessment assessment = ASSESSOR.assess(read("""
                {"child": {"dateOfBirth": "2020-09-09"}, "incident": {"outcome": "HARMED",
                 "harm": {"seriousOrLongTermImpairment": "YES"}, "date": "2026-11-20", "location": "IN_AREA"}}
                """), true);
        assertEquals(Outcome.UNDETERMINED, assessment.verdicts().get("panelNotification").outcome());
        OpenQuestion strategy = assessment.questions().stream().filter(q -> q.fact().equals("abuseOrNeglect.strategyDiscussion"))
                .findFirst().orElseThrow();
        assertTrue(strategy.question().startsWith("Is there enough concern to trigger a strategy discussion"));
        assertTrue(strategy.verdicts().contains("panelNotification"));
        OpenQuestion.IfAnswered yes = strategy.ifAnswered().stream().filter(a -> a.answers().contains("YES")).findFirst().orElseThrow();
        assertTrue(yes.changes().contains(new OpenQuestion.Change("panelNotification", Outcome.UNDETERMINED, Outcome.YES)), yes.toString());
        assertTrue(strategy.ifAnswered().stream().noneMatch(a -> a.answers().contains("NO")),
                "answering no to one route alone settles nothing while other routes are open");
    }

    @Test
    void aCareLeaversDeathIsJudgedByTheExpectationInForceOnTheDateOfDeath() {
        String careLeaver = """
                {"child": {"dateOfBirth": "2002-12-01", "lookedAfter": {"accommodatedForMoreThan24Hours": "NO", "careOrder": "NO", "placementOrder": "NO"},
                  "careHistory": {"periodsLookedAfter": [{"from": "2017-02-01", "to": "2020-12-01"}], "localAuthorityAwareOfCareLeaverStatus": "YES"}},
                 "incident": {"outcome": "DIED", "date": "%s", "location": "IN_AREA"}}
                """;
        assertEquals(Outcome.NO, ASSESSOR.outcomes(read(careLeaver.formatted("2023-12-14"))).get("secretaryOfStateNotification"));
        assertEquals(Outcome.CONSIDER, ASSESSOR.outcomes(read(careLeaver.formatted("2023-12-15"))).get("secretaryOfStateNotification"),
                "Working Together 2023 was published on 15 December 2023; the factsheet says from January 2024");
        assertEquals(Outcome.CONSIDER, ASSESSOR.outcomes(read(careLeaver.formatted("2023-12-31"))).get("secretaryOfStateNotification"));
        assertEquals(Outcome.YES, ASSESSOR.outcomes(read(careLeaver.formatted("2024-01-01"))).get("secretaryOfStateNotification"));
    }

    @Test
    void aCaseBeforeTheRulesBeganIsRefusedWithTheField() {
        var refused = org.junit.jupiter.api.Assertions.assertThrows(uk.safeguarding.rules.input.InvalidCaseException.class,
                () -> ASSESSOR.assess(read("{\"incident\": {\"outcome\": \"DIED\", \"date\": \"2015-01-01\"}}"), false));
        assertEquals("incident.date", refused.errors().get(0).path());
    }

    @Test
    void aDueDateBeyondTheBankHolidayCalendarIsLeftOutWithTheReason() {
        Assessment assessment = ASSESSOR.assess(read("""
                {"child": {"dateOfBirth": "2015-01-01"}, "incident": {"outcome": "HARMED", "harm": {"seriousOrLongTermImpairment": "YES"},
                 "date": "2026-03-01", "localAuthorityAwareDate": "2026-03-02", "location": "IN_AREA"},
                 "abuseOrNeglect": {"eventItselfAbusive": "YES"},
                 "review": {"rapidReviewFoundFurtherLearning": "YES"},
                 "processDates": {"localReviewDecisionDate": "2026-03-25", "plannedPublicationDate": "2028-03-01"}}
                """), false);
        Deadline report = assessment.deadlines().stream()
                .filter(d -> d.id().equals("lcspr-report-to-panel-ofsted-secretary-of-state")).findFirst().orElseThrow();
        assertNull(report.due());
        assertTrue(report.explanation().contains("2018-01-01 to 2027-12-31"), report.explanation());
    }

    @Test
    void assessmentsInParallelGiveTheSameAnswersAsOneAtATime() throws Exception {
        List<SafeguardingCase> cases = List.of(read(SHAKEN_BABY.replace("2026-12-2", "2026-10-2")),
                read("{\"incident\": {\"outcome\": \"UNKNOWN\"}}"),
                read("{\"incident\": {\"outcome\": \"NEAR_MISS\"}, \"child\": {\"ageInYears\": 3}}"));
        List<Map<String, Outcome>> expected = cases.stream().map(ASSESSOR::outcomes).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = IntStream.range(0, 120).mapToObj(i -> pool.submit(
                    () -> ASSESSOR.outcomes(cases.get(i % 3)).equals(expected.get(i % 3)))).toList();
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Deadline panelDeadline(String json) {
        CaseReader reader = new CaseReader(Clock.fixed(Instant.parse("2027-01-10T12:00:00Z"), ZoneOffset.UTC));
        return ASSESSOR.assess(reader.read(json), false).verdicts().get("panelNotification").deadlines().stream()
                .filter(d -> d.id().equals("panel-notification")).findFirst().orElseThrow();
    }

    @Test
    void aDeadlinePassedOnTheDayOfTheAssessmentIsOverdueByTheWorkingDaysSince() {
        // Due Wednesday 30 December 2026; 31 December is a working day, 1 January a bank holiday, 4 January a Monday.
        String assessedOnMonday = SHAKEN_BABY.replaceFirst("\\{", "{\"assessedOn\": \"2027-01-04\", ");
        Deadline late = panelDeadline(assessedOnMonday);
        assertEquals(Deadline.Status.OVERDUE, late.status());
        assertEquals(2, late.workingDaysLate());

        Deadline onTheDay = panelDeadline(SHAKEN_BABY.replaceFirst("\\{", "{\"assessedOn\": \"2026-12-30\", "));
        assertEquals(Deadline.Status.DUE, onTheDay.status(), "due today is not yet late");
        assertNull(onTheDay.workingDaysLate());
    }

    @Test
    void aDeadlineTheCaseRecordsAsTakenIsDoneNotOverdue() {
        Deadline done = panelDeadline(SHAKEN_BABY.replaceFirst("\\{", "{\"assessedOn\": \"2027-01-04\", \"processDates\": {\"notificationDate\": \"2026-12-23\"}, "));
        assertEquals(Deadline.Status.DONE, done.status());
        assertEquals(java.time.LocalDate.of(2026, 12, 23), done.doneOn());
        assertNull(done.workingDaysLate());
    }

    @Test
    void anAssessmentIsPlainJson() throws Exception {
        String json = Json.mapper().writeValueAsString(ASSESSOR.assess(read("{\"incident\": {\"outcome\": \"UNKNOWN\"}}"), false));
        assertTrue(json.contains("\"seriousCase\":{\"title\":\"Serious child safeguarding case\",\"outcome\":\"UNDETERMINED\""), json);
        assertFalse(json.contains("premises"), "internal engine objects stay inside");
    }
}
