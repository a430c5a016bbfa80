package uk.safeguarding.rules.conclusion;

/**
 * What a conclusion is about. VERDICT topics are the answers a partnership acts on; DETAIL topics are the itemised
 * parts of one verdict (criteria, processes, options); FINDING topics are intermediate definitions the verdicts rest
 * on, reported so that every verdict can be traced back to the facts.
 */
public enum Topic {
    SERIOUS_CASE(Kind.VERDICT, "seriousCase", "Serious child safeguarding case", null),
    PANEL_NOTIFICATION(Kind.VERDICT, "panelNotification", "Notify the Child Safeguarding Practice Review Panel", null),
    SECRETARY_OF_STATE_NOTIFICATION(Kind.VERDICT, "secretaryOfStateNotification",
            "Notify the Secretary of State and Ofsted of a looked-after child's or care leaver's death", null),
    RAPID_REVIEW(Kind.VERDICT, "rapidReview", "Rapid Review", null),
    LOCAL_REVIEW(Kind.VERDICT, "localReview", "Local child safeguarding practice review", null),
    NATIONAL_REVIEW(Kind.VERDICT, "nationalReview", "National review (the Panel decides)", null),
    PARALLEL_PROCESSES(Kind.VERDICT, "parallelProcesses", "Parallel processes", null),
    RAPID_REVIEW_MEETING(Kind.VERDICT, "rapidReviewMeeting", "Rapid Review meeting quorum", null),
    LEAD_PARTNERSHIP(Kind.VERDICT, "leadPartnership", "Which partnership leads the Rapid Review", null),

    NOTIFICATION_CATEGORY(Kind.DETAIL, "notificationCategory", "Notification category", SECRETARY_OF_STATE_NOTIFICATION),
    LOCAL_REVIEW_CRITERION(Kind.DETAIL, "criteria", "Local review criteria", LOCAL_REVIEW),
    NATIONAL_REVIEW_CRITERION(Kind.DETAIL, "criteria", "National review criteria and circumstances", NATIONAL_REVIEW),
    PARALLEL_PROCESS(Kind.DETAIL, "processes", "Process", PARALLEL_PROCESSES),
    MEETING_ABSENCE(Kind.DETAIL, "absences", "Partner or agency not attending", RAPID_REVIEW_MEETING),
    REVIEW_RECOMMENDATION(Kind.DETAIL, "recommendationOptions", "Rapid Review template recommendation options",
            LOCAL_REVIEW),

    PANEL_QUESTION(Kind.CLASSIFICATION, "panelQuestions", "The National Panel's extra-familial harm questions", null),
    INSTITUTIONAL_HARM(Kind.CLASSIFICATION, "institutionalSetting", "Harm in an institutional setting", null),

    CHILD(Kind.FINDING, "child", "The subject is a child (under 18)", null),
    LOOKED_AFTER(Kind.FINDING, "lookedAfter", "The child is looked after", null),
    CARE_LEAVER(Kind.FINDING, "careLeaver", "The young person is a care leaver", null),
    SERIOUS_HARM(Kind.FINDING, "seriousHarm", "The harm is serious harm", null),
    DIED_OR_SERIOUSLY_HARMED(Kind.FINDING, "diedOrSeriouslyHarmed", "The child died or was seriously harmed", null),
    ABUSE_OR_NEGLECT(Kind.FINDING, "abuseOrNeglectKnownOrSuspected", "Abuse or neglect is known or suspected", null),
    ABUSE_OR_NEGLECT_ROUTE(Kind.DETAIL, "routes", "The National Panel's routes to abuse or neglect being known or suspected", ABUSE_OR_NEGLECT),
    NOTIFYING_AUTHORITY(Kind.FINDING, "notifyingAuthority",
            "The incident falls to this local authority to notify (where it happened, or normal residence if outside England)", null);

    public enum Kind { VERDICT, DETAIL, CLASSIFICATION, FINDING }

    private final Kind kind;
    private final String key;
    private final String title;
    private final Topic partOf;

    Topic(Kind kind, String key, String title, Topic partOf) {
        this.kind = kind;
        this.key = key;
        this.title = title;
        this.partOf = partOf;
    }

    public Kind kind() {
        return kind;
    }

    /** The JSON name of this topic in an assessment. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** For a DETAIL topic, the verdict or finding it itemises; otherwise null. */
    public Topic partOf() {
        return partOf;
    }
}
