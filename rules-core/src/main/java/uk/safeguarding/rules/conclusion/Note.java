package uk.safeguarding.rules.conclusion;

import java.util.List;

/**
 * A reason that qualifies a conclusion without deciding it, such as "a child who recovers may still have been
 * seriously harmed", or a factor partners should weigh.
 */
public record Note(Topic topic, String item, String because, String rule, List<Object> premises) {

    public Note {
        premises = List.copyOf(premises);
    }

    /** Without the premises, which are slow to hash, as for {@link Reason#hashCode()}. */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(topic, item, because, rule);
    }
}
