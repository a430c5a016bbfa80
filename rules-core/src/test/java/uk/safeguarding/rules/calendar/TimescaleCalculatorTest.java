package uk.safeguarding.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.safeguarding.rules.assessment.Deadline;
import uk.safeguarding.rules.conclusion.Basis;
import uk.safeguarding.rules.engine.RuleSource;

class TimescaleCalculatorTest {

    private static final LocalDate AWARE = LocalDate.of(2026, 12, 21);
    private final TimescaleCalculator national = new TimescaleCalculator(WorkingDayCalendar.englandAndWales(), timescales("national"));

    private static CaseDates aware(LocalDate awareness) {
        return new CaseDates(null, awareness, null, null, null, null, null, null);
    }

    private Deadline plan(TimescaleCalculator calculator, String id, CaseDates dates) {
        return calculator.plan(id, dates, null, Deadline.Status.DUE);
    }

    @Test
    void thePanelNotificationIsDueFiveWorkingDaysAfterAwarenessAndSaysWhichHolidaysItSkipped() {
        Deadline notify = plan(national, "panel-notification", aware(AWARE));
        assertEquals(LocalDate.of(2026, 12, 30), notify.due());
        assertEquals("AWARENESS_DATE", notify.anchor());
        assertEquals(Basis.EXPECTED, notify.basis(), "the duty is statute but the five days are guidance");
        assertTrue(notify.explanation().contains("Christmas Day"), notify.explanation());
        assertTrue(notify.explanation().contains("Boxing Day (substitute day)"), notify.explanation());
    }

    @Test
    void theRapidReviewIsDueFifteenWorkingDaysAfterAwarenessAcrossNewYear() {
        Deadline submitted = plan(national, "rapid-review-submitted", aware(AWARE));
        assertEquals(LocalDate.of(2027, 1, 14), submitted.due());
        assertEquals(Basis.DUTY, submitted.basis());
    }

    @Test
    void withoutAReferralDateTheScopingAndMeetingCountFromAwarenessAndSaySo() {
        Deadline sent = plan(national, "scoping-template-sent", aware(LocalDate.of(2026, 3, 2)));
        assertEquals(LocalDate.of(2026, 3, 4), sent.due());
        assertEquals("AWARENESS_DATE", sent.anchor());
        assertTrue(sent.explanation().contains("The date the referral was received was not given"), sent.explanation());

        Deadline meeting = plan(national, "rapid-review-meeting", aware(LocalDate.of(2026, 3, 2)));
        assertEquals(LocalDate.of(2026, 3, 11), meeting.earliest(), "7 working days");
        assertEquals(LocalDate.of(2026, 3, 19), meeting.due(), "13 working days");
    }

    @Test
    void theMeetingWindowClosesInTimeForTheOutcomeToReachThePanelByTheRapidReviewsDueDate() {
        CaseDates dates = new CaseDates(null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2), null, null, null, null, null);
        assertEquals(LocalDate.of(2026, 6, 22), plan(national, "rapid-review-submitted", dates).due());
        Deadline meeting = plan(national, "rapid-review-meeting", dates);
        assertEquals(LocalDate.of(2026, 6, 18), meeting.due(), "a meeting on 19 June would leave the outcome due after 22 June");
        assertTrue(meeting.explanation().contains("Brought forward"), meeting.explanation());
    }

    @Test
    void aMeetingTooLateForTheRapidReviewsDueDateIsFlaggedOnTheOutcomeDeadline() {
        CaseDates late = new CaseDates(null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2), null, null, LocalDate.of(2026, 6, 19), null, null);
        Deadline outcome = plan(national, "rapid-review-outcome-to-panel", late);
        assertEquals(LocalDate.of(2026, 6, 23), outcome.due());
        assertTrue(outcome.warning() != null && outcome.warning().contains("cannot be completed in time"), String.valueOf(outcome.warning()));
        CaseDates inTime = new CaseDates(null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2), null, null, LocalDate.of(2026, 6, 18), null, null);
        assertNull(plan(national, "rapid-review-outcome-to-panel", inTime).warning());
    }

    @Test
    void withoutAReferralTheStepsCountFromTheNotificationBeforeAwareness() {
        CaseDates dates = new CaseDates(null, LocalDate.of(2026, 6, 1), null, LocalDate.of(2026, 6, 4), null, null, null, null);
        Deadline sent = plan(national, "scoping-template-sent", dates);
        assertEquals("NOTIFICATION_DATE", sent.anchor());
        assertEquals(LocalDate.of(2026, 6, 8), sent.due());
        assertTrue(sent.explanation().contains("counts from the date the Panel was notified") || sent.explanation().contains("instead"), sent.explanation());
    }

    @Test
    void aPublicationPlannedAfterTheSixMonthsIsFlagged() {
        CaseDates dates = new CaseDates(null, null, null, null, null, null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 10, 1));
        Deadline published = plan(national, "lcspr-published", dates);
        assertEquals(LocalDate.of(2026, 9, 2), published.due());
        assertTrue(published.warning() != null && published.warning().contains("National Panel"), String.valueOf(published.warning()));
    }

    @Test
    void scopingReturnsCountFromWhenTheTemplateWasSentOrElseFromWhenItWasDue() {
        CaseDates referred = new CaseDates(null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), null, null, null, null, null);
        Deadline chained = plan(national, "scoping-template-returned", referred);
        assertEquals("due:scoping-template-sent", chained.anchor());
        assertEquals(LocalDate.of(2026, 3, 5), chained.anchorDate(), "sending was due 2 working days after the referral");
        assertEquals(LocalDate.of(2026, 3, 12), chained.due());

        CaseDates sentEarly = new CaseDates(null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), null,
                LocalDate.of(2026, 3, 3), null, null, null);
        assertEquals(LocalDate.of(2026, 3, 10), plan(national, "scoping-template-returned", sentEarly).due());
    }

    @Test
    void theOutcomeToThePanelNeedsTheMeetingDateAndSaysSoWithoutIt() {
        Deadline outcome = plan(national, "rapid-review-outcome-to-panel", aware(AWARE));
        assertNull(outcome.due());
        assertTrue(outcome.explanation().contains("processDates.rapidReviewMeetingDate"), outcome.explanation());

        CaseDates met = new CaseDates(null, AWARE, null, null, null, LocalDate.of(2026, 12, 24), null, null);
        assertEquals(LocalDate.of(2026, 12, 30), plan(national, "rapid-review-outcome-to-panel", met).due());
    }

    @Test
    void aLocalReviewIsPublishedSixCalendarMonthsAfterTheDecisionEvenFromTheEndOfAMonth() {
        CaseDates decided = new CaseDates(null, null, null, null, null, null, LocalDate.of(2026, 8, 31), null);
        assertEquals(LocalDate.of(2027, 2, 28), plan(national, "lcspr-published", decided).due());
        CaseDates leapYear = new CaseDates(null, null, null, null, null, null, LocalDate.of(2023, 8, 31), null);
        assertEquals(LocalDate.of(2024, 2, 29), plan(national, "lcspr-published", leapYear).due());
    }

    @Test
    void theReportGoesToThePanelSevenWorkingDaysBeforePublication() {
        CaseDates publishing = new CaseDates(null, null, null, null, null, null, null, LocalDate.of(2026, 6, 2));
        Deadline report = plan(national, "lcspr-report-to-panel-ofsted-secretary-of-state", publishing);
        assertEquals(LocalDate.of(2026, 5, 21), report.due());
        assertTrue(report.explanation().contains("Spring bank holiday"), report.explanation());
    }

    @Test
    void surreyAddsTheEcdopFormTheDayAfterTheDeathAsALocalAction() {
        TimescaleCalculator surrey = new TimescaleCalculator(WorkingDayCalendar.englandAndWales(), timescales("surrey"));
        CaseDates died = new CaseDates(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 6), null, null, null, null, null, null);
        Deadline form = plan(surrey, "ecdop-notification-form-a", died);
        assertEquals(LocalDate.of(2026, 3, 7), form.due(), "24 hours, shown as the next calendar day even at a weekend");
        assertEquals("surrey", form.scope());
        assertEquals("national", plan(surrey, "panel-notification", died).scope());
    }

    @Test
    void bathAndNorthEastSomersetCountTheRapidReviewFromTheNotification() {
        TimescaleCalculator banes = new TimescaleCalculator(WorkingDayCalendar.englandAndWales(), timescales("bath-and-north-east-somerset"));
        CaseDates notified = new CaseDates(null, LocalDate.of(2026, 3, 2), null, LocalDate.of(2026, 3, 6), null, null, null, null);
        Deadline submitted = plan(banes, "rapid-review-submitted", notified);
        assertEquals("NOTIFICATION_DATE", submitted.anchor());
        assertEquals(LocalDate.of(2026, 3, 27), submitted.due());
        assertEquals("bath-and-north-east-somerset", submitted.scope());
        assertEquals(LocalDate.of(2026, 3, 20), plan(banes, "practice-review-group-meeting", notified).due());
        assertEquals(LocalDate.of(2026, 3, 23), plan(national, "rapid-review-submitted", notified).due(), "nationally from awareness");
    }

    @Test
    void aProfileWithoutATimescalesFileIsAClearError() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Timescales.read(RuleSource.classpath("national").read(), "atlantis"));
        assertTrue(unknown.getMessage().contains("parameters/profiles/atlantis.yaml"), unknown.getMessage());
    }

    @Test
    void aLocalTimescaleDatedAfterTheCaseIsRefusedNamingTheFieldWhileTheNationalOnesStillApply() {
        // Bath & NES's local timescales took effect in March 2020: an earlier case has no value in force, which an
        // assessment shows as a due date not worked out and a timescales request as a 400 naming the field.
        TimescaleCalculator banes = new TimescaleCalculator(WorkingDayCalendar.englandAndWales(), timescales("bath-and-north-east-somerset"));
        DateOutsideCalendarException refused = assertThrows(DateOutsideCalendarException.class,
                () -> plan(banes, "practice-review-group-meeting", aware(LocalDate.of(2019, 6, 3))));
        assertEquals("incident.localAuthorityAwareDate", refused.field());
        assertTrue(refused.getMessage().contains("2020-03-01"), refused.getMessage());
        assertEquals(LocalDate.of(2019, 6, 10), plan(banes, "panel-notification", aware(LocalDate.of(2019, 6, 3))).due());
    }

    /** The shipped timescales of a profile, read from the rules module without compiling its rules. */
    private static Timescales timescales(String profile) {
        return Timescales.read(RuleSource.classpath(profile).read(), profile);
    }
}
