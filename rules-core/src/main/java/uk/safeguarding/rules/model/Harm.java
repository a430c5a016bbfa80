package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The facts Working Together's definition of serious harm turns on. Seriousness is decided by the rules, not here. */
@Schema(description = "The nature and likely duration of the harm.")
public record Harm(
        @Schema(description = "Whether the child suffered impairment of physical health, or serious and/or long-term "
                + "impairment of mental health or of intellectual, emotional, social or behavioural development.")
        @Question("Has the child suffered impairment of physical health, or serious and/or long-term impairment of their "
                + "mental health or intellectual, emotional, social or behavioural development?")
        Answer seriousOrLongTermImpairment,

        @Schema(description = "Where that is not yet certain: whether impairment is likely to be long-term.")
        @Question("Is the impairment likely to be long-term, even if that is not yet certain?")
        Answer impairmentLikelyLongTerm,

        @Schema(description = "Whether the child has recovered. A child who recovers may still have been seriously harmed.")
        @Question("Has the child recovered?")
        Answer childRecovered,

        @Schema(description = "Whether the harm is the cumulative effect of neglect over time rather than a single incident.")
        @Question("Is the harm the cumulative effect of neglect over time, rather than a single incident?")
        Answer cumulativeEffectOfNeglect) {

    public Harm {
        seriousOrLongTermImpairment = Answer.orUnknown(seriousOrLongTermImpairment);
        impairmentLikelyLongTerm = Answer.orUnknown(impairmentLikelyLongTerm);
        childRecovered = Answer.orUnknown(childRecovered);
        cumulativeEffectOfNeglect = Answer.orUnknown(cumulativeEffectOfNeglect);
    }

    public static final Harm NOT_GIVEN = new Harm(null, null, null, null);
}
