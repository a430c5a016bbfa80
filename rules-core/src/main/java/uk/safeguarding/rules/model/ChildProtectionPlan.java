package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The child's child protection plan at the time: CURRENT (on a plan), RECENTLY_ENDED (recently "
        + "removed from a plan), NONE, UNKNOWN.")
public enum ChildProtectionPlan {
    CURRENT, RECENTLY_ENDED, NONE, UNKNOWN
}
