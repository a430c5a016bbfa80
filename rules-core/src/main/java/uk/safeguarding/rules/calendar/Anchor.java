package uk.safeguarding.rules.calendar;

/** The case dates a timescale can count from, with the field that holds each and how to say it. */
public enum Anchor {
    INCIDENT_DATE("the incident", "incident.date"),
    AWARENESS_DATE("the local authority became aware", "incident.localAuthorityAwareDate"),
    REFERRAL_DATE("the referral was received", "processDates.referralDate"),
    NOTIFICATION_DATE("the Panel was notified", "processDates.notificationDate"),
    SCOPING_SENT_DATE("the scoping template was sent", "processDates.scopingTemplateSentDate"),
    MEETING_DATE("the Rapid Review meeting", "processDates.rapidReviewMeetingDate"),
    DECISION_DATE("the decision to carry out a local review", "processDates.localReviewDecisionDate"),
    PUBLICATION_DATE("the planned publication", "processDates.plannedPublicationDate");

    private final String phrase;
    private final String field;

    Anchor(String phrase, String field) {
        this.phrase = phrase;
        this.field = field;
    }

    /** "the local authority became aware", to follow "after" or "before". */
    public String phrase() {
        return phrase;
    }

    /** Where the date is given in a case. */
    public String field() {
        return field;
    }
}
