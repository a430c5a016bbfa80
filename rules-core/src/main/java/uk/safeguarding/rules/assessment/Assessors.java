package uk.safeguarding.rules.assessment;

import java.time.Clock;
import uk.safeguarding.rules.calendar.DateOutsideCalendarException;
import uk.safeguarding.rules.calendar.TimescaleCalculator;
import uk.safeguarding.rules.calendar.Timescales;
import uk.safeguarding.rules.calendar.WorkingDayCalendar;
import uk.safeguarding.rules.engine.RuleSet;
import uk.safeguarding.rules.engine.RuleSets;
import uk.safeguarding.rules.engine.RuleSource;
import uk.safeguarding.rules.facts.ThresholdsTable;

/** Builds an assessor with the standard parameters, calendar and timescales for a rule source and its profile. */
public final class Assessors {

    private Assessors() {
    }

    public static Assessor load(RuleSource source) {
        return load(source, WorkingDayCalendar.englandAndWales(), Clock.systemUTC());
    }

    public static Assessor load(RuleSource source, WorkingDayCalendar calendar, Clock clock) {
        // The rules first: an unknown profile is best explained by the rule files, which list the profiles there are.
        return using(RuleSets.load(source), calendar, clock);
    }

    /** An assessor over rules already compiled, for instance to assess as of a fixed day without compiling again. */
    public static Assessor using(RuleSet rules, WorkingDayCalendar calendar, Clock clock) {
        TimescaleCalculator calculator = new TimescaleCalculator(calendar, Timescales.load(rules.profile()));
        return new Assessor(rules, ThresholdsTable.load(), beyondTheCalendarExplained(calculator), clock);
    }

    /**
     * In an assessment, a due date the bank-holiday calendar cannot reach is left out with the reason, rather than
     * failing the whole assessment; the timescales-only request reports it as an error instead.
     */
    private static DeadlinePlanner beyondTheCalendarExplained(TimescaleCalculator calculator) {
        return (id, safeguardingCase, verdict, status) -> {
            try {
                return calculator.plan(id, safeguardingCase, verdict, status);
            } catch (DateOutsideCalendarException beyond) {
                return calculator.notWorkedOut(id, verdict, status, "Cannot be worked out: " + beyond.getMessage() + ".");
            }
        };
    }
}
