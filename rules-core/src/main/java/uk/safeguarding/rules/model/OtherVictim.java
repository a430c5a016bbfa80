package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.input.InputLimits;

@Schema(description = "Another person harmed in the same incident, for example a parent also killed. No names.")
public record OtherVictim(
        @Schema(description = "Their age in whole years.", minimum = "0", maximum = InputLimits.OLDEST_PERSON_AGE_TEXT)
        @Question("How old is the other victim?")
        Integer ageInYears,

        @Schema(description = "Whether they died.")
        @Question("Did the other victim die?")
        Answer died,

        @Schema(description = "Their relationship to the person who caused the death or harm.")
        @Question("How is the other victim related to the person who caused the harm (relative, partner, former partner, household member)?")
        Relationship relationshipToPerpetrator) {

    public OtherVictim {
        died = Answer.orUnknown(died);
        relationshipToPerpetrator = relationshipToPerpetrator == null ? Relationship.UNKNOWN : relationshipToPerpetrator;
    }
}
