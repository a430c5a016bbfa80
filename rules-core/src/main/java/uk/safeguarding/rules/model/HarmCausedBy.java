package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who caused the death or harm, or whose actions or omissions it was directly related to "
        + "(the National Panel's extra-familial harm questions): PARENT_OR_CARER (an adult with caring responsibility "
        + "for the child); ADULT_IN_POSITION_OF_TRUST (an adult in a position of power, control or trust, such as a "
        + "teacher, coach or member of staff); ADULT_WITHOUT_CARING_RESPONSIBILITY (an adult with neither); "
        + "ANOTHER_CHILD (another child or young person); NO_OTHER_PERSON (for example an illness, an accident with "
        + "no one at fault, or a suicide); UNKNOWN.")
public enum HarmCausedBy {
    PARENT_OR_CARER, ADULT_IN_POSITION_OF_TRUST, ADULT_WITHOUT_CARING_RESPONSIBILITY, ANOTHER_CHILD, NO_OTHER_PERSON, UNKNOWN
}
