package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The facts behind the National Panel's four extra-familial harm questions. */
@Schema(description = "Who caused the death or harm, and whether exploitation or coercion by adults was involved.")
public record HarmSource(
        @Schema(description = "Who caused the death or harm, or whose actions or omissions it was directly related to.")
        @Question("Who caused the death or harm: a parent or carer, an adult in a position of power, control or trust, "
                + "an adult with neither, another child, or no other person?")
        HarmCausedBy causedBy,

        @Schema(description = "How the person who caused the death or harm is related to the child (for the Domestic Homicide Review criteria).")
        @Question("How is the person who caused the death or harm related to the child (relative, partner, household member)?")
        Relationship perpetratorRelationshipToChild,

        @Schema(description = "Whether any adult's actions or omissions meet the definition of child sexual exploitation.")
        @Question("Do any adult's actions or omissions towards the child meet the definition of child sexual exploitation?")
        Answer childSexualExploitation,

        @Schema(description = "Whether any adult's actions or omissions meet the definition of child criminal exploitation.")
        @Question("Do any adult's actions or omissions towards the child meet the definition of child criminal exploitation?")
        Answer childCriminalExploitation,

        @Schema(description = "When another child caused the harm: whether there is evidence that an adult coerced or exploited that child.")
        @Question("Is there evidence that an adult coerced or exploited the child who caused the harm?")
        Answer otherChildCoercedOrExploitedByAdult) {

    public HarmSource {
        causedBy = causedBy == null ? HarmCausedBy.UNKNOWN : causedBy;
        perpetratorRelationshipToChild = perpetratorRelationshipToChild == null ? Relationship.UNKNOWN : perpetratorRelationshipToChild;
        childSexualExploitation = Answer.orUnknown(childSexualExploitation);
        childCriminalExploitation = Answer.orUnknown(childCriminalExploitation);
        otherChildCoercedOrExploitedByAdult = Answer.orUnknown(otherChildCoercedOrExploitedByAdult);
    }

    public static final HarmSource NOT_GIVEN = new HarmSource(null, null, null, null, null);
}
