package uk.safeguarding.rules.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.conclusion.Basis;

@Schema(description = "A due date for an action, counted from the case's own dates in working days (England and Wales).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Deadline(
        @Schema(description = "Stable id of the timescale.", example = "panel-notification") String id,
        @Schema(description = "What must or should be done.", example = "Notify the Child Safeguarding Practice Review Panel") String action,
        @Schema(description = "The verdict this action belongs to.", example = "panelNotification") String verdict,
        @Schema(description = "DUE: the action applies. DUE_IF_DECIDED: it applies if the partners decide to go ahead. "
                + "DUE_IF_REQUIRED: it applies if the missing facts show it is required. OVERDUE: it applies and its due date "
                + "had passed on the day of the assessment with no date recording it done. DONE: the case records it done "
                + "(doneOn).") Status status,
        @Schema(description = "The due date; absent when the date it counts from is not given.", example = "2026-12-30") LocalDate due,
        @Schema(description = "For a window (the Rapid Review meeting): the earliest date.", example = "2027-01-04") LocalDate earliest,
        @Schema(description = "Which of the case's dates it counts from.", example = "AWARENESS_DATE") String anchor,
        @Schema(description = "That date.", example = "2026-12-21") LocalDate anchorDate,
        @Schema(description = "How the date was worked out, in plain English.") String explanation,
        Basis basis,
        List<String> guidance,
        String citation,
        @Schema(description = "\"national\", or the local profile that adds this action.", example = "national") String scope,
        @Schema(description = "The date the case records the action as taken (for example the notification date).",
                example = "2026-12-23") LocalDate doneOn,
        @Schema(description = "Working days from the due date to the day of the assessment, when the due date has passed and "
                + "the action is not recorded as done; for a conditional deadline, how late it is if it applies.",
                example = "3") Integer workingDaysLate,
        @Schema(description = "The id of the rule that applied this timescale to the case.", example = "N2-notify-within-working-days")
        String appliedBy,
        @Schema(description = "Present when the step, as counted or as planned, is late: after the deadline it must meet "
                + "(the Rapid Review's own), or planned after its due date; says what to do.")
        String warning) {

    public Deadline {
        guidance = List.copyOf(guidance);
    }

    /** The same deadline, recording the rule that applied it. */
    public Deadline appliedBy(String ruleId) {
        return new Deadline(id, action, verdict, status, due, earliest, anchor, anchorDate, explanation, basis, guidance,
                citation, scope, doneOn, workingDaysLate, ruleId, warning);
    }

    /** The same deadline as it stands on the day of the assessment: done, overdue, or still to come. */
    public Deadline standing(Status newStatus, LocalDate newDoneOn, Integer newWorkingDaysLate) {
        return new Deadline(id, action, verdict, newStatus, due, earliest, anchor, anchorDate, explanation, basis, guidance,
                citation, scope, newDoneOn, newWorkingDaysLate, appliedBy, warning);
    }

    /** Named for clients: a bare "Status" collides with common types in generated code. */
    @Schema(name = "DeadlineStatus")
    public enum Status { DUE, DUE_IF_DECIDED, DUE_IF_REQUIRED, OVERDUE, DONE }
}
