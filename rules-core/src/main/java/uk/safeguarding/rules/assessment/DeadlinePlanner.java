package uk.safeguarding.rules.assessment;

import java.time.LocalDate;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * Works out the due date of one timescale the rules applied to a case, from the case's own dates, and how it stands on
 * the day of the assessment (done, overdue or still to come).
 */
@FunctionalInterface
public interface DeadlinePlanner {

    Deadline plan(String timescaleId, SafeguardingCase safeguardingCase, LocalDate assessedOn, String verdict, Deadline.Status status);
}
