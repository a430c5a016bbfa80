package uk.safeguarding.rules.calendar;

/** The case dates a timescale can count from, with the field that holds each and how to say it. */
public enum Anchor {
    INCIDENT_DATE("date of the incident", "incident.date"),
    AWARENESS_DATE("date the local authority became aware", "incident.localAuthorityAwareDate"),
    REFERRAL_DATE("date the referral was received", "processDates.referralDate"),
    NOTIFICATION_DATE("date the Panel was notified", "processDates.notificationDate"),
    SCOPING_SENT_DATE("date the scoping template was sent", "processDates.scopingTemplateSentDate"),
    MEETING_DATE("date of the Rapid Review meeting", "processDates.rapidReviewMeetingDate"),
    DECISION_DATE("date of the decision to carry out a local review", "processDates.localReviewDecisionDate"),
    PUBLICATION_DATE("planned publication date", "processDates.plannedPublicationDate");

    private final String date;
    private final String field;

    Anchor(String date, String field) {
        this.date = date;
        this.field = field;
    }

    /** What the date is, without an article: "date the local authority became aware". */
    public String date() {
        return date;
    }

    /** Where the date is given in a case. */
    public String field() {
        return field;
    }
}
