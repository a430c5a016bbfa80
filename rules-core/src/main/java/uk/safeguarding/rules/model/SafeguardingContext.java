package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The safeguarding concerns the National Panel asks partners to weigh in extra-familial and child-on-child cases. */
@Schema(description = "Safeguarding concerns around the child and family, weighed when the harm came from outside the family.")
public record SafeguardingContext(
        @Schema(description = "Whether there are concerns about the parents' or carers' ability to provide a safe and nurturing environment.")
        @Question("Are there concerns about the parents' or carers' ability to provide a safe and nurturing environment for the child?")
        Answer concernsAboutParentsOrCarers,

        @Schema(description = "Whether agencies had a role in supporting the child and family.")
        @Question("Did agencies have a role in supporting the child and family before the incident?")
        Answer agenciesSupportingChildOrFamily,

        @Schema(description = "Whether multi-agency action or inaction may have had an impact, for example risk "
                + "assessments, school exclusion, or failure to address known trauma.")
        @Question("May multi-agency action or inaction have had an impact (for example risk assessments, school exclusion, failure to address known trauma)?")
        Answer concernsAboutMultiAgencyActionOrInaction) {

    public SafeguardingContext {
        concernsAboutParentsOrCarers = Answer.orUnknown(concernsAboutParentsOrCarers);
        agenciesSupportingChildOrFamily = Answer.orUnknown(agenciesSupportingChildOrFamily);
        concernsAboutMultiAgencyActionOrInaction = Answer.orUnknown(concernsAboutMultiAgencyActionOrInaction);
    }

    public static final SafeguardingContext NOT_GIVEN = new SafeguardingContext(null, null, null);
}
