package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is known of abuse or neglect: each of the National Panel's routes to "known or suspected" is its own fact. */
@Schema(description = "What is known or suspected of abuse or neglect of the child. The local authority does not need "
        + "proof, and does not need to wait for it.")
public record AbuseOrNeglect(
        @Schema(description = "The local authority's current position.")
        @Question("Is abuse or neglect of the child known or suspected?")
        AbuseOrNeglectStatus status,

        @Schema(description = "Whether the abuse or neglect caused or contributed to the death or harm, and how directly.")
        @Question("Did abuse or neglect cause or contribute to the death or harm, and was that contribution direct?")
        Contribution contribution,

        @Schema(description = "Whether the event was in itself abusive, for example the child was killed or injured by a parent or carer.")
        @Question("Was the event itself abusive (for example, was the child killed or injured by a parent or carer)?")
        Answer eventItselfAbusive,

        @Schema(description = "Whether there is enough concern to trigger a strategy discussion (or one has been held).")
        @Question("Is there enough concern to trigger a strategy discussion, or has one been held?")
        Answer strategyDiscussion,

        @Schema(description = "Whether there is enough concern to trigger a section 47 enquiry (or one has started).")
        @Question("Is there enough concern to trigger a section 47 enquiry, or has one started?")
        Answer section47Enquiry,

        @Schema(description = "Whether there is enough concern to start care proceedings (or they have started).")
        @Question("Is there enough concern to start care proceedings, or have they started?")
        Answer careProceedings,

        @Schema(description = "Whether there is evidence to start a criminal investigation for possible abuse or neglect (or one has started).")
        @Question("Is there evidence to start a criminal investigation into possible abuse or neglect, or has one started?")
        Answer criminalInvestigation,

        @Schema(description = "Whether there was a persistent failure to meet the child's basic physical and/or "
                + "psychological needs, likely to seriously impair their health or development (neglect).")
        @Question("Was there a persistent failure to meet the child's basic physical or psychological needs (a pattern of neglect)?")
        Answer persistentNeglect,

        @Schema(description = "Whether the death or harm followed a single incident of neglectful care, without a pattern.")
        @Question("Did the death or harm follow a single incident of neglectful care, without a pattern of neglect?")
        Answer singleNeglectfulIncident,

        @Schema(description = "The partners' view, for a single incident: were the parent's or carer's actions neglectful in and of themselves?")
        @Question("Were the parent's or carer's actions in that single incident neglectful in and of themselves?")
        Answer singleIncidentNeglectfulInItself,

        @Schema(description = "Whether the case involves a range of types of abuse.")
        @Question("Does the case involve a range of types of abuse?")
        Answer rangeOfTypesOfAbuse) {

    public AbuseOrNeglect {
        status = status == null ? AbuseOrNeglectStatus.UNKNOWN : status;
        contribution = contribution == null ? Contribution.UNKNOWN : contribution;
        eventItselfAbusive = Answer.orUnknown(eventItselfAbusive);
        strategyDiscussion = Answer.orUnknown(strategyDiscussion);
        section47Enquiry = Answer.orUnknown(section47Enquiry);
        careProceedings = Answer.orUnknown(careProceedings);
        criminalInvestigation = Answer.orUnknown(criminalInvestigation);
        persistentNeglect = Answer.orUnknown(persistentNeglect);
        singleNeglectfulIncident = Answer.orUnknown(singleNeglectfulIncident);
        singleIncidentNeglectfulInItself = Answer.orUnknown(singleIncidentNeglectfulInItself);
        rangeOfTypesOfAbuse = Answer.orUnknown(rangeOfTypesOfAbuse);
    }

    public static final AbuseOrNeglect NOT_GIVEN = new AbuseOrNeglect(null, null, null, null, null, null, null, null, null, null, null);
}
