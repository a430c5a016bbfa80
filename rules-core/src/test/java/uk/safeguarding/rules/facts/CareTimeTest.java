package uk.safeguarding.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.safeguarding.rules.input.CaseReader;
import uk.safeguarding.rules.model.Answer;
import uk.safeguarding.rules.model.SafeguardingCase;

/** Only care as a child (L4) and before the incident counts towards a care leaver's weeks (L5). */
class CareTimeTest {

    private static final Thresholds THRESHOLDS = new Thresholds(18, 25, 13.0, 14, 16, Answer.YES, 16, 4);
    private static final CaseReader READER = new CaseReader(Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC));

    private static CareTime careTime(String periods, String incidentDate) {
        SafeguardingCase safeguardingCase = READER.read("""
                {"child": {"dateOfBirth": "2004-06-01", "careHistory": {"periodsLookedAfter": [%s]}},
                 "incident": {"outcome": "DIED", "date": "%s"}}""".formatted(periods, incidentDate));
        return CaseFacts.careTime(safeguardingCase.child(), safeguardingCase.incident(), THRESHOLDS);
    }

    @Test
    void careBeforeTheEighteenthBirthdayCountsInFull() {
        CareTime time = careTime("{\"from\": \"2022-01-01\", \"to\": \"2022-01-07\"}", "2026-01-01");
        assertEquals(1.0, time.weeksLookedAfterSinceAge14());
        assertEquals(Answer.YES, time.lookedAfterAfterAge16());
    }

    @Test
    void careOnOrAfterTheEighteenthBirthdayDoesNotCount() {
        // The 18th birthday is 2022-06-01: a week of care ending the day before it counts, the days from it do not.
        CareTime time = careTime("{\"from\": \"2022-05-25\", \"to\": \"2022-09-30\"}", "2026-01-01");
        assertEquals(1.0, time.weeksLookedAfterSinceAge14());
    }

    @Test
    void careAfterTheIncidentDoesNotCount() {
        CareTime time = careTime("{\"from\": \"2021-01-01\", \"to\": \"2021-01-07\"}, {\"from\": \"2021-03-01\", \"to\": \"2021-12-31\"}",
                "2021-01-07");
        assertEquals(1.0, time.weeksLookedAfterSinceAge14());
    }

    @Test
    void careEntirelyAfterTheEighteenthBirthdayIsNotCareAfterSixteen() {
        CareTime time = careTime("{\"from\": \"2015-01-01\", \"to\": \"2018-12-31\"}, {\"from\": \"2023-01-01\", \"to\": \"2023-06-30\"}",
                "2026-01-01");
        assertEquals(Answer.NO, time.lookedAfterAfterAge16());
    }
}
