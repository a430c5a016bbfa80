package uk.safeguarding.rules.facts;

import java.util.List;
import uk.safeguarding.rules.model.Answer;

/**
 * The care-leaver measurements: weeks looked after since the 14th birthday, and whether care continued after the
 * 16th birthday. Worked out from dated care periods and the date of birth when given, otherwise as stated.
 *
 * @param weeksLookedAfterSinceAge14 null when not known
 * @param from                       the case facts the measurements were taken from, for explanations
 */
public record CareTime(Double weeksLookedAfterSinceAge14, Answer lookedAfterAfterAge16, List<String> from) {

    public CareTime {
        from = List.copyOf(from);
    }
}
