package uk.safeguarding.rules.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Dates of the steps taken so far; each one given lets the later due dates be worked out.")
public record ProcessDates(
        @Schema(description = "Date the serious incident referral was received by the partnership.", example = "2026-03-04")
        LocalDate referralDate,
        @Schema(description = "Date the notification was sent to the National Panel.", example = "2026-03-05")
        LocalDate notificationDate,
        @Schema(description = "Date the initial scoping template was sent to agencies.", example = "2026-03-06")
        LocalDate scopingTemplateSentDate,
        @Schema(description = "Date of the Rapid Review meeting (held or planned).", example = "2026-03-17")
        LocalDate rapidReviewMeetingDate,
        @Schema(description = "Date of the decision to carry out a local child safeguarding practice review.", example = "2026-03-20")
        LocalDate localReviewDecisionDate,
        @Schema(description = "Planned date of publication of the local review report.", example = "2026-09-15")
        LocalDate plannedPublicationDate,
        @Schema(description = "Whether the incident has been notified to the National Panel as a serious incident (the "
                + "Local Authority Serious Incident Notification). A notification date means YES. Every notified "
                + "incident has a Rapid Review, whatever the later view of the criteria.")
        @Question("Has the incident been notified to the National Panel?")
        Answer notifiedToPanel) {

    public ProcessDates {
        notifiedToPanel = notificationDate != null && notifiedToPanel == null ? Answer.YES : Answer.orUnknown(notifiedToPanel);
    }

    public static final ProcessDates NOT_GIVEN = new ProcessDates(null, null, null, null, null, null, null);
}
