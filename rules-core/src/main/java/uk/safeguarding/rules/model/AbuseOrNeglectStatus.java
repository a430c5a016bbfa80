package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The local authority's current position on abuse or neglect of the child: KNOWN, SUSPECTED, "
        + "NOT_SUSPECTED (considered and not suspected), or UNKNOWN (not yet considered). Proof is not needed.")
public enum AbuseOrNeglectStatus {
    KNOWN, SUSPECTED, NOT_SUSPECTED, UNKNOWN
}
