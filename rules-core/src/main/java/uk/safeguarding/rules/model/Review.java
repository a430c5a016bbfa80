package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The partners' answers to the review criteria. Most are judgements made at the Rapid Review; until they are made the
 * rules list them as questions rather than guess.
 */
@Schema(description = "What the safeguarding partners have found so far about learning from the case: the local and "
        + "national review criteria, and the Rapid Review's conclusion on further learning.")
public record Review(
        @Schema(description = "Criterion (i): the case highlights or may highlight improvements needed to safeguard and "
                + "promote the welfare of children, including improvements identified before.")
        @Question("Does the case highlight, or may it highlight, improvements needed to safeguard and promote the welfare of children (including ones identified before)?")
        Answer highlightsImprovementsNeeded,

        @Schema(description = "Criterion (ii): the case highlights or may highlight recurrent themes.")
        @Question("Does the case highlight, or may it highlight, recurrent themes in safeguarding and promoting the welfare of children?")
        Answer highlightsRecurrentThemes,

        @Schema(description = "Criterion (iii): concerns about two or more organisations or agencies working together effectively.")
        @Question("Does the case highlight, or may it highlight, concerns about two or more organisations or agencies working together effectively?")
        Answer concernsAboutAgenciesWorkingTogether,

        @Schema(description = "Criterion (iv): the National Panel considered the case and concluded a local review may be more appropriate.")
        @Question("Has the National Panel considered the case and concluded that a local review may be more appropriate?")
        Answer panelConcludedLocalReviewMoreAppropriate,

        @Schema(description = "Circumstance (v): the partners have cause for concern about the actions of a single agency.")
        @Question("Do the safeguarding partners have cause for concern about the actions of a single agency?")
        Answer concernAboutSingleAgency,

        @Schema(description = "Circumstance (vi): there was no agency involvement and this gives the partners cause for concern.")
        @Question("Was there no agency involvement with the child or family, and does that give the partners cause for concern?")
        Answer noAgencyInvolvementGivesConcern,

        @Schema(description = "Circumstance (vii): more than one local authority, police area or Integrated Care Board is "
                + "involved, including where the family moved around.")
        @Question("Is more than one local authority, police area or Integrated Care Board involved (including where the family moved around)?")
        Answer moreThanOneAreaInvolved,

        @Schema(description = "National review criterion: the case raises or may raise issues requiring changes to legislation or guidance.")
        @Question("Does the case raise, or may it raise, issues requiring legislative change or changes to guidance?")
        Answer needsLegislativeOrGuidanceChange,

        @Schema(description = "For a case that is not a serious child safeguarding case: whether it shows good practice worth learning from.")
        @Question("Does the case show good practice that could generate learning?")
        Answer goodPractice,

        @Schema(description = "For a case that is not a serious child safeguarding case: whether it shows poor practice worth learning from.")
        @Question("Does the case show poor practice that could generate learning?")
        Answer poorPractice,

        @Schema(description = "For a sudden unexpected death in infancy: whether the case reflects issues already explored "
                + "in the National Panel's review \"Out of Routine\".")
        @Question("Does this SUDI case reflect issues already explored in the National Panel's review \"Out of Routine\"?")
        Answer reflectsOutOfRoutineIssues,

        @Schema(description = "The Rapid Review's conclusion: YES if it identified potential for further learning, NO if "
                + "it found the learning and acted on it, UNKNOWN if it has not concluded.")
        @Question("Has the Rapid Review identified potential for further learning beyond what it has already found and acted on?")
        Answer rapidReviewFoundFurtherLearning,

        @Schema(description = "National review: whether the case raises issues that are complex or of national importance "
                + "(national significance), beyond what a local review would address.")
        @Question("Does the case raise issues that are complex or of national importance (national significance)?")
        Answer nationalSignificance) {

    public Review {
        highlightsImprovementsNeeded = Answer.orUnknown(highlightsImprovementsNeeded);
        highlightsRecurrentThemes = Answer.orUnknown(highlightsRecurrentThemes);
        concernsAboutAgenciesWorkingTogether = Answer.orUnknown(concernsAboutAgenciesWorkingTogether);
        panelConcludedLocalReviewMoreAppropriate = Answer.orUnknown(panelConcludedLocalReviewMoreAppropriate);
        concernAboutSingleAgency = Answer.orUnknown(concernAboutSingleAgency);
        noAgencyInvolvementGivesConcern = Answer.orUnknown(noAgencyInvolvementGivesConcern);
        moreThanOneAreaInvolved = Answer.orUnknown(moreThanOneAreaInvolved);
        needsLegislativeOrGuidanceChange = Answer.orUnknown(needsLegislativeOrGuidanceChange);
        goodPractice = Answer.orUnknown(goodPractice);
        poorPractice = Answer.orUnknown(poorPractice);
        reflectsOutOfRoutineIssues = Answer.orUnknown(reflectsOutOfRoutineIssues);
        rapidReviewFoundFurtherLearning = Answer.orUnknown(rapidReviewFoundFurtherLearning);
        nationalSignificance = Answer.orUnknown(nationalSignificance);
    }

    public static final Review NOT_GIVEN = new Review(null, null, null, null, null, null, null, null, null, null, null, null, null);
}
