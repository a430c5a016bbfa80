package uk.safeguarding.rules.calendar;

import java.time.LocalDate;
import uk.safeguarding.rules.model.SafeguardingCase;

/** The dates a case gives that timescales count from; any may be null when not given. */
public record CaseDates(LocalDate incident, LocalDate awareness, LocalDate referral, LocalDate notification,
                        LocalDate scopingSent, LocalDate meeting, LocalDate decision, LocalDate publication) {

    public static CaseDates of(SafeguardingCase safeguardingCase) {
        var process = safeguardingCase.processDates();
        return new CaseDates(safeguardingCase.incident().date(), safeguardingCase.incident().localAuthorityAwareDate(),
                process.referralDate(), process.notificationDate(), process.scopingTemplateSentDate(),
                process.rapidReviewMeetingDate(), process.localReviewDecisionDate(), process.plannedPublicationDate());
    }

    public LocalDate get(Anchor anchor) {
        return switch (anchor) {
            case INCIDENT_DATE -> incident;
            case AWARENESS_DATE -> awareness;
            case REFERRAL_DATE -> referral;
            case NOTIFICATION_DATE -> notification;
            case SCOPING_SENT_DATE -> scopingSent;
            case MEETING_DATE -> meeting;
            case DECISION_DATE -> decision;
            case PUBLICATION_DATE -> publication;
        };
    }
}
