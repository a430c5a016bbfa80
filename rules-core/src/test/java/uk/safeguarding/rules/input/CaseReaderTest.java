package uk.safeguarding.rules.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.rules.model.Answer;
import uk.safeguarding.rules.model.IncidentOutcome;
import uk.safeguarding.rules.model.Organisation;
import uk.safeguarding.rules.model.SafeguardingCase;

class CaseReaderTest {

    private final CaseReader reader = new CaseReader(Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

    private List<FieldError> errors(String json) {
        return assertThrows(InvalidCaseException.class, () -> reader.read(json)).errors();
    }

    private static void assertHas(List<FieldError> errors, String path, String messagePart) {
        assertTrue(errors.stream().anyMatch(e -> e.path().equals(path) && e.message().contains(messagePart)),
                () -> "expected an error at " + path + " mentioning \"" + messagePart + "\", got " + errors);
    }

    @Test
    void leftOutFactsAreUnknownNotFalse() {
        SafeguardingCase read = reader.read("{\"incident\": {\"outcome\": \"HARMED\"}}");
        assertEquals(Answer.UNKNOWN, read.abuseOrNeglect().strategyDiscussion());
        assertEquals(Answer.UNKNOWN, read.child().lookedAfter().careOrder());
        assertEquals(IncidentOutcome.HARMED, read.incident().outcome());
    }

    @Test
    void lenientSpellingsPeopleUseAreAccepted() {
        SafeguardingCase read = reader.read("""
                {"incident": {"outcome": "died"}, "abuseOrNeglect": {"strategyDiscussion": true, "careProceedings": "no"},
                 "rapidReviewMeeting": {"attendees": ["ccg", "Police", "local authority"]}}
                """);
        assertEquals(IncidentOutcome.DIED, read.incident().outcome());
        assertEquals(Answer.YES, read.abuseOrNeglect().strategyDiscussion());
        assertEquals(Answer.NO, read.abuseOrNeglect().careProceedings());
        assertEquals(List.of(Organisation.INTEGRATED_CARE_BOARD, Organisation.POLICE, Organisation.LOCAL_AUTHORITY),
                read.rapidReviewMeeting().attendees());
    }

    @Test
    void malformedJsonSaysWhere() {
        List<FieldError> errors = errors("{\"incident\": {\"outcome\": \"DIED\",}");
        assertEquals("(body)", errors.get(0).path());
        assertTrue(errors.get(0).message().contains("line 1"), errors.toString());
    }

    @Test
    void everyFieldProblemIsListedAtOnceWithItsPath() {
        List<FieldError> errors = errors("""
                {"incident": {"outcome": "DEAD", "date": "2 March 2026", "otherChildrenAffected": "two"},
                 "child": {"ageInYears": 7.5, "favouriteColour": "blue"},
                 "abuseOrNeglect": {"status": 3},
                 "parallelProcesses": {"otherVictims": [{"died": "perhaps"}]}}
                """);
        assertHas(errors, "incident.outcome", "is not one of DIED, HARMED, NEAR_MISS, UNKNOWN");
        assertHas(errors, "incident.date", "is not a date");
        assertHas(errors, "incident.otherChildrenAffected", "whole number");
        assertHas(errors, "child.ageInYears", "whole number");
        assertHas(errors, "child.favouriteColour", "not a known field");
        assertHas(errors, "abuseOrNeglect.status", "is not one of KNOWN, SUSPECTED, NOT_SUSPECTED, UNKNOWN");
        assertHas(errors, "parallelProcesses.otherVictims[0].died", "is not one of YES, NO, UNKNOWN");
        assertEquals(7, errors.size(), errors.toString());
    }

    @Test
    void theIncidentOutcomeMustBeStatedEvenIfOnlyAsUnknown() {
        assertHas(errors("{\"child\": {\"ageInYears\": 4}}"), "incident.outcome", "is required");
        assertEquals(IncidentOutcome.UNKNOWN, reader.read("{\"incident\": {\"outcome\": \"UNKNOWN\"}}").incident().outcome());
    }

    @Test
    void theDayOfTheAssessmentDefaultsToTodayAndNoDateMayComeAfterIt() {
        assertEquals(java.time.LocalDate.of(2026, 11, 24), reader.read("{\"incident\": {\"outcome\": \"UNKNOWN\"}}").assessedOn());
        assertHas(errors("{\"assessedOn\": \"2026-03-10\", \"incident\": {\"outcome\": \"DIED\", \"date\": \"2026-03-12\"}}"),
                "incident.date", "after the day of the assessment, 2026-03-10");
        assertHas(errors("{\"assessedOn\": \"2999-01-01\", \"incident\": {\"outcome\": \"UNKNOWN\"}}"), "assessedOn", "in the future");
    }

    @Test
    void impossibleDatesAreReportedNotAssessed() {
        List<FieldError> errors = errors("""
                {"child": {"dateOfBirth": "2020-05-01"},
                 "incident": {"outcome": "HARMED", "date": "2019-01-01", "localAuthorityAwareDate": "2018-12-31"}}
                """);
        assertHas(errors, "incident.date", "before the child's date of birth");
        assertHas(errors, "incident.localAuthorityAwareDate", "before the date of the incident");
    }

    @Test
    void datesInTheFutureAreReportedButAPlannedPublicationMayBeAhead() {
        List<FieldError> errors = errors("""
                {"incident": {"outcome": "HARMED", "date": "2026-12-01"}, "processDates": {"plannedPublicationDate": "2027-05-01"}}
                """);
        assertHas(errors, "incident.date", "in the future");
        assertEquals(1, errors.size(), errors.toString());
    }

    @Test
    void anAgeThatContradictsTheDateOfBirthIsReported() {
        assertHas(errors("""
                {"child": {"dateOfBirth": "2010-06-01", "ageInYears": 12}, "incident": {"outcome": "DIED", "date": "2026-03-01"}}
                """), "child.ageInYears", "the date of birth gives 15");
    }

    @Test
    void careHistoryThatContradictsItselfIsReported() {
        assertHas(errors("""
                {"incident": {"outcome": "DIED"}, "child": {"careHistory": {"previouslyLookedAfter": "NO",
                 "periodsLookedAfter": [{"from": "2020-01-01", "to": "2019-01-01"}]}}}
                """), "child.careHistory.periodsLookedAfter[0].to", "before its start");
        assertHas(errors("""
                {"incident": {"outcome": "DIED"}, "child": {"careHistory": {"previouslyLookedAfter": "NO", "weeksLookedAfterSinceAge14": 20}}}
                """), "child.careHistory.previouslyLookedAfter", "time in care is given");
    }

    @Test
    void aBodyThatIsNotAnObjectIsReported() {
        assertHas(errors("[1, 2]"), "(body)", "must be an object");
    }

    @Test
    void deepNestingStopsAtTheParserNamingTheLimit() {
        String deep = "{\"incident\": {\"outcome\": \"DIED\"}, \"child\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertHas(errors(deep), "(body)", "limit: nesting depth " + InputLimits.MAX_NESTING_DEPTH);
        assertHas(errors("{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000)), "(body)", "nesting depth");
    }

    @Test
    void aFieldGivenTwiceIsRefusedRatherThanOneValueWinning() {
        assertHas(errors("{\"incident\": {\"outcome\": \"DIED\", \"outcome\": \"NEAR_MISS\"}}"), "(body)", "Duplicate field 'outcome'");
    }

    @Test
    void lengthsAndRangesAreTheOnesTheSchemaPublishes() {
        assertHas(errors("{\"incident\": {\"outcome\": \"DIED\"}, \"reference\": \"" + "R".repeat(InputLimits.MAX_REFERENCE_LENGTH + 1) + "\"}"),
                "reference", "limit: text length " + InputLimits.MAX_REFERENCE_LENGTH);
        assertEquals("R".repeat(InputLimits.MAX_REFERENCE_LENGTH), reader.read("{\"incident\": {\"outcome\": \"DIED\"}, \"reference\": \""
                + "R".repeat(InputLimits.MAX_REFERENCE_LENGTH) + "\"}").reference());
        assertHas(errors("{\"incident\": {\"outcome\": \"DIED\"}, \"child\": {\"ageInYears\": " + (InputLimits.OLDEST_CHILD_AGE + 1) + "}}"),
                "child.ageInYears", "is more than " + InputLimits.OLDEST_CHILD_AGE);
        assertHas(errors("{\"incident\": {\"outcome\": \"DIED\"}, \"parallelProcesses\": {\"otherVictims\": [{\"ageInYears\": -1}]}}"),
                "parallelProcesses.otherVictims[0].ageInYears", "cannot be negative");
        assertHas(errors("{\"incident\": {\"outcome\": \"DIED\"}, \"child\": {\"careHistory\": {\"weeksLookedAfterSinceAge14\": 1e400}}}"),
                "child.careHistory.weeksLookedAfterSinceAge14", "is more than");
        assertEquals(45, reader.read("{\"incident\": {\"outcome\": \"DIED\"}, \"parallelProcesses\": {\"otherVictims\": [{\"ageInYears\": 45}]}}")
                .parallelProcesses().otherVictims().get(0).ageInYears());
    }

    @Test
    void aNullInAListIsNamedNotBound() {
        assertHas(errors("{\"incident\": {\"outcome\": \"DIED\"}, \"rapidReviewMeeting\": {\"attendees\": [\"POLICE\", null]}}"),
                "rapidReviewMeeting.attendees[1]", "is null");
    }

    @Test
    void anEmptyBodyIsNamed() {
        assertHas(errors(""), "(body)", "is empty");
        assertHas(errors("   "), "(body)", "is empty");
    }
}
