package uk.safeguarding.rules.facts;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.rules.model.Answer;
import uk.safeguarding.rules.model.CareHistory;
import uk.safeguarding.rules.model.CarePeriod;
import uk.safeguarding.rules.model.Child;
import uk.safeguarding.rules.model.Incident;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * Turns a case into the facts the rules match: each section of the case as it was given, plus measurements worked
 * out from its dates (age on the incident date, weeks in care since the 14th birthday). Measurements are arithmetic
 * on dates; every comparison with a threshold is left to the rules.
 */
public final class CaseFacts {

    private static final double DAYS_PER_WEEK = 7.0;

    private CaseFacts() {
    }

    public static List<Object> of(SafeguardingCase safeguardingCase, Thresholds thresholds) {
        Child child = safeguardingCase.child();
        Incident incident = safeguardingCase.incident();
        List<Object> facts = new ArrayList<>(List.of(
                child, child.lookedAfter(), child.careHistory(),
                incident, incident.harm(),
                safeguardingCase.abuseOrNeglect(), safeguardingCase.harmSource(), safeguardingCase.institution(),
                safeguardingCase.safeguardingContext(), safeguardingCase.review(),
                safeguardingCase.parallelProcesses(), safeguardingCase.partnership(),
                safeguardingCase.rapidReviewMeeting(), safeguardingCase.processDates(),
                age(child, incident), careTime(child, thresholds), thresholds));
        facts.addAll(safeguardingCase.parallelProcesses().otherVictims());
        safeguardingCase.rapidReviewMeeting().attendees().stream().distinct().map(MeetingAttendee::new).forEach(facts::add);
        safeguardingCase.rapidReviewMeeting().agenciesInvolved().stream().distinct().map(InvolvedAgency::new).forEach(facts::add);
        return facts;
    }

    /** Age in whole years on the incident date; when unknown, {@code from} names the facts that would settle it. */
    public static Age age(Child child, Incident incident) {
        if (child.dateOfBirth() != null && incident.date() != null) {
            return new Age(Period.between(child.dateOfBirth(), incident.date()).getYears(),
                    List.of("child.dateOfBirth", "incident.date"));
        }
        if (child.ageInYears() != null) {
            return new Age(child.ageInYears(), List.of("child.ageInYears"));
        }
        List<String> missing = new ArrayList<>();
        if (child.dateOfBirth() == null) {
            missing.add("child.dateOfBirth");
        }
        if (incident.date() == null) {
            missing.add("incident.date");
        }
        return new Age(null, missing);
    }

    /**
     * Weeks looked after since the 14th birthday (only days on or after it count, so a period that began before it
     * counts in part) and whether care continued on or after the 16th birthday. Dated periods win over stated answers.
     */
    static CareTime careTime(Child child, Thresholds thresholds) {
        CareHistory history = child.careHistory();
        if (history.periodsLookedAfter().isEmpty() || child.dateOfBirth() == null) {
            return new CareTime(history.weeksLookedAfterSinceAge14(), history.lookedAfterAfterAge16(),
                    List.of("child.careHistory.weeksLookedAfterSinceAge14", "child.careHistory.lookedAfterAfterAge16"));
        }
        LocalDate countFrom = child.dateOfBirth().plusYears(thresholds.careLeaverCareStartAge());
        LocalDate mustContinueTo = child.dateOfBirth().plusYears(thresholds.careLeaverCareEndAge());
        long days = 0;
        boolean continuedAfter = false;
        for (CarePeriod period : history.periodsLookedAfter()) {
            LocalDate start = period.from().isBefore(countFrom) ? countFrom : period.from();
            if (!start.isAfter(period.to())) {
                days += ChronoUnit.DAYS.between(start, period.to()) + 1;
            }
            continuedAfter |= !period.to().isBefore(mustContinueTo);
        }
        return new CareTime(days / DAYS_PER_WEEK, continuedAfter ? Answer.YES : Answer.NO,
                List.of("child.careHistory.periodsLookedAfter", "child.dateOfBirth"));
    }
}
