package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How the person who caused the death or harm is related to the victim, as the Domestic Homicide "
        + "Review criteria ask: RELATIVE, INTIMATE_PARTNER (current), FORMER_INTIMATE_PARTNER, HOUSEHOLD_MEMBER "
        + "(a member of the same household), NONE_OF_THESE, UNKNOWN.")
public enum Relationship {
    RELATIVE, INTIMATE_PARTNER, FORMER_INTIMATE_PARTNER, HOUSEHOLD_MEMBER, NONE_OF_THESE, UNKNOWN
}
