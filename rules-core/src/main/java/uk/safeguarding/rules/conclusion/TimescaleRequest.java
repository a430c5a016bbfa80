package uk.safeguarding.rules.conclusion;

import java.util.List;

/**
 * A rule's statement that a timescale applies to this case; the number of days lives in the timescale parameter
 * file and the date is worked out by the working-day calendar.
 */
public record TimescaleRequest(Topic topic, String timescaleId, String rule, List<Object> premises) {

    public TimescaleRequest {
        premises = List.copyOf(premises);
    }

    /** Without the premises, which are slow to hash, as for {@link Reason#hashCode()}. */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(topic, timescaleId, rule);
    }
}
