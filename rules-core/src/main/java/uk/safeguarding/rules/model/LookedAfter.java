package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The three legal routes by which a child is looked after (Children Act 1989 s22), each answered separately. */
@Schema(description = "A child is looked after if any one of these applies at the time of the incident.")
public record LookedAfter(
        @Schema(description = "Provided with accommodation by the local authority for a continuous period of more than 24 hours.")
        @Question("Was the child provided with accommodation by the local authority for a continuous period of more than 24 hours?")
        Answer accommodatedForMoreThan24Hours,

        @Schema(description = "Subject to a care order.")
        @Question("Was the child subject to a care order?")
        Answer careOrder,

        @Schema(description = "Subject to a placement order.")
        @Question("Was the child subject to a placement order?")
        Answer placementOrder) {

    public LookedAfter {
        accommodatedForMoreThan24Hours = Answer.orUnknown(accommodatedForMoreThan24Hours);
        careOrder = Answer.orUnknown(careOrder);
        placementOrder = Answer.orUnknown(placementOrder);
    }

    public static final LookedAfter NOT_GIVEN = new LookedAfter(null, null, null);
}
