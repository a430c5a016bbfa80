package uk.safeguarding.rules.facts;

import java.util.List;

/**
 * The child's age in whole years on the date of the incident, worked out from the date of birth when both dates are
 * given, otherwise the age stated. {@code years} is null when neither is known.
 *
 * @param from the case facts the age was taken from, for explanations
 */
public record Age(Integer years, List<String> from) {

    public Age {
        from = List.copyOf(from);
    }
}
