package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.input.InputLimits;

/**
 * One incident concerning one child, as a case-management system or a safeguarding lead describes it. Every section
 * and every fact may be left out: what is left out is unknown, never false.
 */
@Schema(name = "Case", description = "The facts of one incident concerning one child. Leave out anything not yet known. "
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
        ProcessDates processDates) {

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
}
