package uk.safeguarding.rules.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.rules.facts.Age;
import uk.safeguarding.rules.model.Answer;
import uk.safeguarding.rules.model.CareHistory;
import uk.safeguarding.rules.model.CarePeriod;
import uk.safeguarding.rules.model.Child;
import uk.safeguarding.rules.model.Incident;
import uk.safeguarding.rules.model.ProcessDates;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * Facts that cannot all be true together, or cannot be true yet: an incident before birth, awareness before the
 * incident, a date in the future, an age that contradicts the date of birth. These are mistakes in the input, not
 * unknowns, so they are reported rather than assessed. Ranges and lengths of single fields are checked before this,
 * by {@link TreeCheck}, from the limits the schema publishes.
 */
final class CaseChecks {

    private CaseChecks() {
    }

    static List<FieldError> check(SafeguardingCase safeguardingCase, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Child child = safeguardingCase.child();
        Incident incident = safeguardingCase.incident();
        ProcessDates dates = safeguardingCase.processDates();

        notInFuture(errors, "child.dateOfBirth", child.dateOfBirth(), today);
        notInFuture(errors, "incident.date", incident.date(), today);
        notInFuture(errors, "incident.localAuthorityAwareDate", incident.localAuthorityAwareDate(), today);
        notInFuture(errors, "processDates.referralDate", dates.referralDate(), today);
        notInFuture(errors, "processDates.notificationDate", dates.notificationDate(), today);
        notInFuture(errors, "processDates.scopingTemplateSentDate", dates.scopingTemplateSentDate(), today);
        notInFuture(errors, "processDates.localReviewDecisionDate", dates.localReviewDecisionDate(), today);

        notBefore(errors, "incident.date", incident.date(), "the child's date of birth (child.dateOfBirth)", child.dateOfBirth());
        notBefore(errors, "incident.localAuthorityAwareDate", incident.localAuthorityAwareDate(), "the date of the incident (incident.date)", incident.date());
        notBefore(errors, "processDates.referralDate", dates.referralDate(), "the date of the incident (incident.date)", incident.date());
        notBefore(errors, "processDates.notificationDate", dates.notificationDate(), "the date the local authority became aware (incident.localAuthorityAwareDate)", incident.localAuthorityAwareDate());
        notBefore(errors, "processDates.scopingTemplateSentDate", dates.scopingTemplateSentDate(), "the referral (processDates.referralDate)", dates.referralDate());
        notBefore(errors, "processDates.rapidReviewMeetingDate", dates.rapidReviewMeetingDate(), "the referral (processDates.referralDate)", dates.referralDate());
        notBefore(errors, "processDates.localReviewDecisionDate", dates.localReviewDecisionDate(), "the date of the incident (incident.date)", incident.date());
        notBefore(errors, "processDates.plannedPublicationDate", dates.plannedPublicationDate(), "the decision to review (processDates.localReviewDecisionDate)", dates.localReviewDecisionDate());

        ageMatchesDateOfBirth(errors, child, incident);
        carePeriods(errors, child);
        neverLookedAfterButCareGiven(errors, child);
        if (dates.notificationDate() != null && dates.notifiedToPanel() == Answer.NO) {
            errors.add(new FieldError("processDates.notifiedToPanel",
                    "is NO, but processDates.notificationDate gives the date the Panel was notified; correct one of them"));
        }
        return errors;
    }

    private static void notInFuture(List<FieldError> errors, String path, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            errors.add(new FieldError(path, "is in the future (" + date + "): after the day of the assessment, " + today));
        }
    }

    private static void notBefore(List<FieldError> errors, String path, LocalDate date, String earlierName, LocalDate earlier) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            errors.add(new FieldError(path, "is " + date + ", before " + earlierName + ", " + earlier));
        }
    }

    private static void ageMatchesDateOfBirth(List<FieldError> errors, Child child, Incident incident) {
        if (child.ageInYears() != null && child.dateOfBirth() != null && incident.date() != null) {
            int fromDates = Age.yearsOn(child.dateOfBirth(), incident.date());
            if (fromDates != child.ageInYears()) {
                errors.add(new FieldError("child.ageInYears", "is " + child.ageInYears() + ", but the date of birth gives "
                        + fromDates + " on the date of the incident; give one or make them agree"));
            }
        }
    }

    private static void neverLookedAfterButCareGiven(List<FieldError> errors, Child child) {
        CareHistory history = child.careHistory();
        boolean careGiven = !history.periodsLookedAfter().isEmpty()
                || (history.weeksLookedAfterSinceAge14() != null && history.weeksLookedAfterSinceAge14() > 0)
                || history.lookedAfterAfterAge16() == Answer.YES;
        if (history.previouslyLookedAfter() == Answer.NO && careGiven) {
            errors.add(new FieldError("child.careHistory.previouslyLookedAfter",
                    "is NO, but time in care is given (periods, weeks since 14, or care after 16); correct one or the other"));
        }
    }

    private static void carePeriods(List<FieldError> errors, Child child) {
        List<CarePeriod> periods = child.careHistory().periodsLookedAfter();
        for (int i = 0; i < periods.size(); i++) {
            String path = "child.careHistory.periodsLookedAfter[" + i + "]";
            CarePeriod period = periods.get(i);
            if (period.from() == null || period.to() == null) {
                errors.add(new FieldError(path, "needs both a from and a to date"));
                continue;
            }
            notBefore(errors, path + ".to", period.to(), "its start (" + path + ".from)", period.from());
            notBefore(errors, path + ".from", period.from(), "the date of birth (child.dateOfBirth)", child.dateOfBirth());
        }
    }
}
