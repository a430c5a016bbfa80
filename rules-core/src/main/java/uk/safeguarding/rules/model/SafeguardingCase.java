package uk.safeguarding.rules.model;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.input.InputLimits;

/**
 * One incident concerning one child, as a case-management system or a safeguarding lead describes it. Every section
 * and every fact may be left out: what is left out is unknown, never false.
 */
@Schema(name = "SafeguardingCase", description = "The facts of one incident concerning one child. Leave out anything not yet known. "
        + "Use an anonymised reference; never names, addresses or other identifying details.")
public record SafeguardingCase(
        @Schema(description = "An anonymised reference for the case (no names).", example = "RR-2026-014", maxLength = InputLimits.MAX_REFERENCE_LENGTH)
        String reference,
        Child child,
        Incident incident,
        AbuseOrNeglect abuseOrNeglect,
        HarmSource harmSource,
        Institution institution,
        SafeguardingContext safeguardingContext,
        Review review,
        ParallelProcesses parallelProcesses,
        Partnership partnership,
        RapidReviewMeeting rapidReviewMeeting,
        ProcessDates processDates,
        @Schema(description = "The day of the assessment: due dates before it are shown as overdue, and no date in the case "
                + "may be after it. Leave it out for today (in London); give it to assess as of an earlier day.",
                example = "2026-03-18")
        LocalDate assessedOn) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public SafeguardingCase {
        child = child == null ? Child.NOT_GIVEN : child;
        incident = incident == null ? Incident.NOT_GIVEN : incident;
        abuseOrNeglect = abuseOrNeglect == null ? AbuseOrNeglect.NOT_GIVEN : abuseOrNeglect;
        harmSource = harmSource == null ? HarmSource.NOT_GIVEN : harmSource;
        institution = institution == null ? Institution.NOT_GIVEN : institution;
        safeguardingContext = safeguardingContext == null ? SafeguardingContext.NOT_GIVEN : safeguardingContext;
        review = review == null ? Review.NOT_GIVEN : review;
        parallelProcesses = parallelProcesses == null ? ParallelProcesses.NOT_GIVEN : parallelProcesses;
        partnership = partnership == null ? Partnership.NOT_GIVEN : partnership;
        rapidReviewMeeting = rapidReviewMeeting == null ? RapidReviewMeeting.NOT_GIVEN : rapidReviewMeeting;
        processDates = processDates == null ? ProcessDates.NOT_GIVEN : processDates;
    }

    /** The same case, assessed as of the day given. */
    public SafeguardingCase assessedOn(LocalDate day) {
        return new SafeguardingCase(reference, child, incident, abuseOrNeglect, harmSource, institution, safeguardingContext,
                review, parallelProcesses, partnership, rapidReviewMeeting, processDates, day);
    }

    /** The day the case is assessed as of: the one given, or today in London by the clock. */
    public LocalDate dayOfAssessment(Clock clock) {
        return assessedOn != null ? assessedOn : LocalDate.now(clock.withZone(LONDON));
    }
}
