package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What happened to the child: DIED; HARMED (whether the harm is serious is decided from the "
        + "harm details); NEAR_MISS (the child was not seriously harmed but could have been); UNKNOWN.")
public enum IncidentOutcome {
    DIED, HARMED, NEAR_MISS, UNKNOWN
}
