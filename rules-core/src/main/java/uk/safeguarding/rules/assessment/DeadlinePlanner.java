package uk.safeguarding.rules.assessment;

import uk.safeguarding.rules.model.SafeguardingCase;

/** Works out the due date of one timescale the rules applied to a case, from the case's own dates. */
@FunctionalInterface
public interface DeadlinePlanner {

    Deadline plan(String timescaleId, SafeguardingCase safeguardingCase, String verdict, Deadline.Status status);
}
