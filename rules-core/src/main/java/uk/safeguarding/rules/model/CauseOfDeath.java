package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The kind of death, as far as it is known: SUDI (sudden unexpected death in infancy), SUICIDE, "
        + "ACCIDENT, MEDICAL (natural or medical causes), HOMICIDE, OTHER, or UNKNOWN (including when the child did not die).")
public enum CauseOfDeath {
    SUDI, SUICIDE, ACCIDENT, MEDICAL, HOMICIDE, OTHER, UNKNOWN
}
