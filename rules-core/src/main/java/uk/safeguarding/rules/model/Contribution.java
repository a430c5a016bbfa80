package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether the abuse or neglect caused or contributed to the death or harm: DIRECTLY (it directly "
        + "contributed), IN_SOME_WAY (it contributed at least in some way, but not directly), DID_NOT_CONTRIBUTE, UNKNOWN.")
public enum Contribution {
    DIRECTLY, IN_SOME_WAY, DID_NOT_CONTRIBUTE, UNKNOWN
}
