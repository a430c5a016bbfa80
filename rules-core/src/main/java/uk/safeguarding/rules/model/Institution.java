package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether the harm happened in an institutional setting, and what kind of harm it was there.")
public record Institution(
        @Schema(description = "The institutional setting, or NONE.")
        @Question("Was the child in an institutional setting (children's home, custody, secure or residential setting, detention) when harmed?")
        InstitutionalSetting setting,

        @Schema(description = "Whether the harm was caused by, or directly related to, specific actions or omissions of "
                + "an adult with caring responsibility or power, control or trust in the institution.")
        @Question("Was the harm caused by specific actions or omissions of an adult with caring responsibility, or in a "
                + "position of power, control or trust, in the institution?")
        Answer harmFromSpecificActsOfStaff,

        @Schema(description = "Whether the harm was related to the general quality of care in the institution.")
        @Question("Was the harm related to the general quality of care in the institution?")
        Answer harmFromQualityOfCare,

        @Schema(description = "Whether the harm was specifically targeted at one or more children in the institution.")
        @Question("Was the harm specifically targeted at one or more children, rather than poor standards of care that happened to affect this child?")
        Answer harmTargetedAtParticularChildren,

        @Schema(description = "Whether the case raises issues about institutional settings even though the child was not in "
                + "one when harmed: for example harmed at home days after leaving a secure children's home or custody.")
        @Question("Does the case raise issues about institutional settings, for example the child had recently left a children's home, secure setting or custody?")
        Answer raisesIssuesAboutInstitutionalSettings) {

    public Institution {
        setting = setting == null ? InstitutionalSetting.UNKNOWN : setting;
        harmFromSpecificActsOfStaff = Answer.orUnknown(harmFromSpecificActsOfStaff);
        harmFromQualityOfCare = Answer.orUnknown(harmFromQualityOfCare);
        harmTargetedAtParticularChildren = Answer.orUnknown(harmTargetedAtParticularChildren);
        raisesIssuesAboutInstitutionalSettings = Answer.orUnknown(raisesIssuesAboutInstitutionalSettings);
    }

    public static final Institution NOT_GIVEN = new Institution(null, null, null, null, null);
}
