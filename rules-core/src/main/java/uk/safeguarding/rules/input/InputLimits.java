package uk.safeguarding.rules.input;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Every limit on what a request may hold, in one place. The checks ({@link RecordReader}, {@link TreeCheck},
 * {@link CaseChecks}), the HTTP layer and the published OpenAPI schema all read these, so what the document promises
 * is what the service accepts. A request beyond a limit is refused with the limit named, never half-read.
 */
public final class InputLimits {

    /** Largest request body: fifty full cases fit several times over. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    /** Deepest nesting of objects and lists: the case model needs six levels and a batch two more. */
    public static final int MAX_NESTING_DEPTH = 16;
    /** Longest free-text value. */
    public static final int MAX_TEXT_LENGTH = 200;
    /** Longest case reference: references are short, anonymised codes such as RR-2026-014. */
    public static final int MAX_REFERENCE_LENGTH = 64;
    /** Most entries in any list of a request (attendees, care periods, other victims...). */
    public static final int MAX_LIST_LENGTH = 100;
    /** Most cases in one batch request. */
    public static final int MAX_BATCH_SIZE = 50;
    /**
     * Oldest age accepted for the child: above the care-leaver limit (their 25th birthday) with room to spare, so a
     * young person just past it is answered, not refused.
     */
    public static final int OLDEST_CHILD_AGE = 30;
    /** Oldest age accepted for another victim, who may be an adult (a parent also killed). */
    public static final int OLDEST_PERSON_AGE = 120;
    /** Most weeks looked after since the 14th birthday: more than there are between a 14th and a 31st birthday. */
    public static final int MOST_WEEKS_LOOKED_AFTER = 900;
    /** Most other children affected by one incident. */
    public static final int MOST_OTHER_CHILDREN = 1000;

    /** The same ages as text, for the schema annotations that must state them. */
    public static final String OLDEST_CHILD_AGE_TEXT = "" + OLDEST_CHILD_AGE;
    public static final String OLDEST_PERSON_AGE_TEXT = "" + OLDEST_PERSON_AGE;
    public static final String MOST_OTHER_CHILDREN_TEXT = "" + MOST_OTHER_CHILDREN;
    public static final String MOST_WEEKS_LOOKED_AFTER_TEXT = "" + MOST_WEEKS_LOOKED_AFTER;

    private InputLimits() {
    }

    /** What the JSON parser itself refuses to read, so a hostile document stops before it is built in memory. */
    public static StreamReadConstraints parserConstraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_BODY_BYTES)
                .maxDocumentLength(MAX_BODY_BYTES)
                .build();
    }
}
