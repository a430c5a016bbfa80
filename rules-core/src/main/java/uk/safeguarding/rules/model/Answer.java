package uk.safeguarding.rules.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A yes/no fact that may not be known yet. UNKNOWN is never read as NO: rules that need the fact say
 * UNDETERMINED and ask for it.
 */
@Schema(description = "YES, NO or UNKNOWN. Leave a fact out, or say UNKNOWN, when it is not known yet: "
        + "an unknown fact is never treated as NO.", enumeration = {"YES", "NO", "UNKNOWN"})
public enum Answer {
    YES, NO, UNKNOWN;

    /** Accepts YES/NO/UNKNOWN in any case, and JSON true/false, so case-management systems can send booleans. */
    @JsonCreator
    public static Answer from(Object value) {
        if (value == null) {
            return UNKNOWN;
        }
        if (value instanceof Boolean flag) {
            return flag ? YES : NO;
        }
        String text = value.toString().trim().toUpperCase(Locale.ROOT);
        for (Answer answer : values()) {
            if (answer.name().equals(text)) {
                return answer;
            }
        }
        throw new IllegalArgumentException("must be YES, NO or UNKNOWN (or true/false), not \"" + value + "\"");
    }

    public static Answer orUnknown(Answer answer) {
        return answer == null ? UNKNOWN : answer;
    }
}
