package uk.safeguarding.rules.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.input.InputLimits;

@Schema(description = "The death, harm or near miss, and when and where it happened.")
public record Incident(
        @Schema(description = "What happened to the child.")
        @Question("Did the child die, were they harmed, or was it a near miss?")
        IncidentOutcome outcome,

        @Schema(description = "The kind of death, when the child died.")
        @Question("What kind of death was it (SUDI, suicide, accident, medical causes, homicide or other)?")
        CauseOfDeath causeOfDeath,

        @Schema(description = "The nature and likely duration of the harm, when the child was harmed.")
        Harm harm,

        @Schema(description = "Date of the incident (the date of death, or the date the harm happened or was found).",
                example = "2026-03-02")
        @Question("On what date did the incident happen?")
        LocalDate date,

        @Schema(description = "Date the local authority became aware of the incident: day 0 for the notification and "
                + "Rapid Review timescales.", example = "2026-03-03")
        @Question("On what date did the local authority become aware of the incident?")
        LocalDate localAuthorityAwareDate,

        @Schema(description = "Where the incident happened, relative to this local authority.")
        @Question("Did the incident happen in the local authority's area, elsewhere in England, or outside England?")
        IncidentLocation location,

        @Schema(description = "Whether the child is normally resident in this local authority's area.")
        @Question("Is the child normally resident in the local authority's area?")
        Answer childNormallyResidentInArea,

        @Schema(description = "How many other children were affected by the same incident (0 if none).", minimum = "0",
                maximum = InputLimits.MOST_OTHER_CHILDREN_TEXT)
        @Question("Were other children affected by the same incident, and how many?")
        Integer otherChildrenAffected) {

    public Incident {
        outcome = outcome == null ? IncidentOutcome.UNKNOWN : outcome;
        causeOfDeath = causeOfDeath == null ? CauseOfDeath.UNKNOWN : causeOfDeath;
        harm = harm == null ? Harm.NOT_GIVEN : harm;
        location = location == null ? IncidentLocation.UNKNOWN : location;
        childNormallyResidentInArea = Answer.orUnknown(childNormallyResidentInArea);
    }

    public static final Incident NOT_GIVEN = new Incident(null, null, null, null, null, null, null, null);
}
