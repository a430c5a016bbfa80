package uk.safeguarding.rules.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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
                age(child, incident), careTime(child, incident, thresholds), thresholds));
        facts.addAll(safeguardingCase.parallelProcesses().otherVictims());
        safeguardingCase.rapidReviewMeeting().attendees().stream().distinct().map(MeetingAttendee::new).forEach(facts::add);
        safeguardingCase.rapidReviewMeeting().agenciesInvolved().stream().distinct().map(InvolvedAgency::new).forEach(facts::add);
        return facts;
    }

    /**
     * Age in whole years on the incident date; when unknown, {@code from} names the facts that would settle it. Without
     * an incident date, the age on the awareness date is kept as an upper bound (the incident came no later).
     */
    public static Age age(Child child, Incident incident) {
        if (child.dateOfBirth() != null && incident.date() != null) {
            return new Age(Age.yearsOn(child.dateOfBirth(), incident.date()),
                    List.of("child.dateOfBirth", "incident.date"), null);
        }
        if (child.ageInYears() != null) {
            return new Age(child.ageInYears(), List.of("child.ageInYears"), null);
        }
        List<String> missing = new ArrayList<>();
        if (child.dateOfBirth() == null) {
            missing.add("child.dateOfBirth");
        }
        if (incident.date() == null) {
            missing.add("incident.date");
        }
        Integer byAwareness = child.dateOfBirth() != null && incident.localAuthorityAwareDate() != null
                ? Integer.valueOf(Age.yearsOn(child.dateOfBirth(), incident.localAuthorityAwareDate())) : null;
        return new Age(null, missing, byAwareness);
    }

    /**
     * Weeks looked after since the 14th birthday (only days on or after it count, so a period that began before it
     * counts in part) and whether care continued on or after the 16th birthday. Only care as a child (L4: before the
     * 18th birthday) and before the incident counts: a day in care after either is no part of the care history that
     * makes a care leaver. Dated periods win over stated answers. Periods that overlap or repeat (the same placement
     * recorded twice) are merged: each day in care counts once.
     */
    static CareTime careTime(Child child, Incident incident, Thresholds thresholds) {
        CareHistory history = child.careHistory();
        if (history.periodsLookedAfter().isEmpty() || child.dateOfBirth() == null) {
            return new CareTime(history.weeksLookedAfterSinceAge14(), history.lookedAfterAfterAge16(),
                    List.of("child.careHistory.weeksLookedAfterSinceAge14", "child.careHistory.lookedAfterAfterAge16"));
        }
        LocalDate countFrom = Age.birthday(child.dateOfBirth(), thresholds.careLeaverCareStartAge());
        LocalDate mustContinueTo = Age.birthday(child.dateOfBirth(), thresholds.careLeaverCareEndAge());
        LocalDate lastCounted = Age.birthday(child.dateOfBirth(), thresholds.childAgeLimit()).minusDays(1);
        if (incident.date() != null && incident.date().isBefore(lastCounted)) {
            lastCounted = incident.date();
        }
        long days = 0;
        boolean continuedAfter = false;
        LocalDate nextUncounted = countFrom;
        List<CarePeriod> byStart = history.periodsLookedAfter().stream().sorted(Comparator.comparing(CarePeriod::from)).toList();
        for (CarePeriod period : byStart) {
            LocalDate end = period.to().isAfter(lastCounted) ? lastCounted : period.to();
            LocalDate start = period.from().isBefore(nextUncounted) ? nextUncounted : period.from();
            if (!start.isAfter(end)) {
                days += ChronoUnit.DAYS.between(start, end) + 1;
                nextUncounted = end.plusDays(1);
            }
            continuedAfter |= !period.from().isAfter(end) && !end.isBefore(mustContinueTo);
        }
        return new CareTime(days / DAYS_PER_WEEK, continuedAfter ? Answer.YES : Answer.NO,
                List.of("child.careHistory.periodsLookedAfter", "child.dateOfBirth"));
    }
}
