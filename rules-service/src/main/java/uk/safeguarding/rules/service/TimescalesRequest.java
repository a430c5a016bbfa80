package uk.safeguarding.rules.service;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The dates known so far. Only the date the local authority became aware is required; each further "
        + "date given lets later due dates be worked out.")
public record TimescalesRequest(
        @Schema(description = "Date the local authority became aware of the incident (day 0).", required = true, example = "2026-12-21")
        LocalDate awarenessDate,
        @Schema(description = "Date of the incident.", example = "2026-12-20") LocalDate incidentDate,
        @Schema(description = "Date the partnership received the serious incident referral.", example = "2026-12-22") LocalDate referralDate,
        @Schema(description = "Date the Panel was notified.") LocalDate notificationDate,
        @Schema(description = "Date the scoping template was sent to agencies.") LocalDate scopingTemplateSentDate,
        @Schema(description = "Date of the Rapid Review meeting, held or planned.") LocalDate rapidReviewMeetingDate,
        @Schema(description = "Date of the decision to carry out a local review.") LocalDate localReviewDecisionDate,
        @Schema(description = "Planned date of publication of the local review.") LocalDate plannedPublicationDate) {

    private static final java.util.Map<String, String> FIELDS_BY_CASE_PATH = java.util.Map.of(
            "incident.date", "incidentDate",
            "incident.localAuthorityAwareDate", "awarenessDate",
            "processDates.referralDate", "referralDate",
            "processDates.notificationDate", "notificationDate",
            "processDates.scopingTemplateSentDate", "scopingTemplateSentDate",
            "processDates.rapidReviewMeetingDate", "rapidReviewMeetingDate",
            "processDates.localReviewDecisionDate", "localReviewDecisionDate",
            "processDates.plannedPublicationDate", "plannedPublicationDate");

    /** This request's name for a date a timescale counts from, given its place in a case. */
    static String fieldFor(String casePath) {
        return FIELDS_BY_CASE_PATH.getOrDefault(casePath, casePath);
    }
}
