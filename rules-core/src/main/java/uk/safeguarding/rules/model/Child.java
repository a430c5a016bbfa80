package uk.safeguarding.rules.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.input.InputLimits;

@Schema(description = "The child or young person the incident concerns. Do not include names or other identifying details.")
public record Child(
        @Schema(description = "Date of birth. Ages are worked out from it on the date of the incident.", example = "2015-03-14")
        @Question("What is the child's date of birth (or, if not known, their age on the date of the incident)?")
        LocalDate dateOfBirth,

        @Schema(description = "Age in whole years on the date of the incident; used only when the date of birth is not given.",
                minimum = "0", maximum = InputLimits.OLDEST_CHILD_AGE_TEXT)
        @Question("How old was the child on the date of the incident?")
        Integer ageInYears,

        @Schema(description = "Whether the child was looked after by a local authority at the time, and on what legal basis.")
        LookedAfter lookedAfter,

        @Schema(description = "For a young person who is no longer looked after: their time in care, to decide whether they are a care leaver.")
        CareHistory careHistory,

        @Schema(description = "Whether the child was on, or had recently been removed from, a child protection plan.")
        @Question("Was the child on a child protection plan at the time, or recently removed from one?")
        ChildProtectionPlan childProtectionPlan,

        @Schema(description = "Whether the child was educated otherwise than at school (for example electively home educated).")
        @Question("Was the child educated otherwise than at school (for example electively home educated)?")
        Answer educatedOtherwiseThanAtSchool,

        @Schema(description = "Whether the child has a disability.")
        @Question("Does the child have a disability?")
        Answer disability,

        @Schema(description = "Whether the child has a learning disability.")
        @Question("Does the child have a learning disability?")
        Answer learningDisability,

        @Schema(description = "Whether the child was known to children's social care.")
        @Question("Was the child known to children's social care?")
        Answer knownToChildrensSocialCare,

        @Schema(description = "Whether the child was known to be at risk of exploitation.")
        @Question("Was the child known to be at risk of exploitation?")
        Answer knownRiskOfExploitation) {

    public Child {
        lookedAfter = lookedAfter == null ? LookedAfter.NOT_GIVEN : lookedAfter;
        careHistory = careHistory == null ? CareHistory.NOT_GIVEN : careHistory;
        childProtectionPlan = childProtectionPlan == null ? ChildProtectionPlan.UNKNOWN : childProtectionPlan;
        educatedOtherwiseThanAtSchool = Answer.orUnknown(educatedOtherwiseThanAtSchool);
        disability = Answer.orUnknown(disability);
        learningDisability = Answer.orUnknown(learningDisability);
        knownToChildrensSocialCare = Answer.orUnknown(knownToChildrensSocialCare);
        knownRiskOfExploitation = Answer.orUnknown(knownRiskOfExploitation);
    }

    public static final Child NOT_GIVEN = new Child(null, null, null, null, null, null, null, null, null, null);
}
