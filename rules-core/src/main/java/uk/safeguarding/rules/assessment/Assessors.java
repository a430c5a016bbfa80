package uk.safeguarding.rules.assessment;

import java.time.Clock;
import uk.safeguarding.rules.calendar.DateOutsideCalendarException;
import uk.safeguarding.rules.calendar.TimescaleCalculator;
import uk.safeguarding.rules.calendar.WorkingDayCalendar;
import uk.safeguarding.rules.engine.RuleSet;
import uk.safeguarding.rules.engine.RuleSets;
import uk.safeguarding.rules.engine.RuleSource;

/** Builds an assessor for a rule source and its profile: its rules, its parameters and timescales, and a calendar. */
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
        TimescaleCalculator calculator = new TimescaleCalculator(calendar, rules.timescales());
        return new Assessor(rules, rules.thresholds(), beyondTheCalendarExplained(calculator), clock);
    }

    /**
     * In an assessment, a due date the bank-holiday calendar cannot reach is left out with the reason, rather than
     * failing the whole assessment; the timescales-only request reports it as an error instead.
     */
    private static DeadlinePlanner beyondTheCalendarExplained(TimescaleCalculator calculator) {
        return (id, safeguardingCase, assessedOn, verdict, status) -> {
            try {
                return calculator.plan(id, safeguardingCase, assessedOn, verdict, status);
            } catch (DateOutsideCalendarException beyond) {
                return calculator.notWorkedOut(id, verdict, status, "Cannot be worked out: " + beyond.getMessage() + ".");
            }
        };
    }
}
