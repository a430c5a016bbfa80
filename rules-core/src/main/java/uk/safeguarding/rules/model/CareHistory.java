package uk.safeguarding.rules.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.input.InputLimits;

/**
 * What is needed to decide care-leaver status. Periods with dates are preferred: the weeks after the 14th birthday and
 * whether care ended after the 16th birthday are then worked out from the date of birth. Without periods, the two
 * answers can be given directly.
 */
@Schema(description = "The young person's time in care, used to decide whether they are a care leaver: looked after for "
        + "at least 13 weeks that began after they reached 14 and ended after they reached 16.")
public record CareHistory(
        @Schema(description = "Whether the young person was ever looked after before.")
        @Question("Was the young person ever looked after by a local authority?")
        Answer previouslyLookedAfter,

        @Schema(description = "The periods they were looked after, with dates. When given with a date of birth, the weeks "
                + "since age 14 and whether care ended after 16 are worked out from them.")
        List<CarePeriod> periodsLookedAfter,

        @Schema(description = "Total weeks looked after since their 14th birthday (only when periods are not given).",
                minimum = "0", maximum = InputLimits.MOST_WEEKS_LOOKED_AFTER_TEXT)
        @Question("For how many weeks in total was the young person looked after after their 14th birthday?")
        Double weeksLookedAfterSinceAge14,

        @Schema(description = "Whether they were still looked after at some time after their 16th birthday (only when "
                + "periods are not given).")
        @Question("Was the young person still looked after at some time after their 16th birthday?")
        Answer lookedAfterAfterAge16,

        @Schema(description = "Whether the local authority knows of the young person's care-leaver status.")
        @Question("Does the local authority know that the young person is a care leaver?")
        Answer localAuthorityAwareOfCareLeaverStatus) {

    public CareHistory {
        previouslyLookedAfter = Answer.orUnknown(previouslyLookedAfter);
        periodsLookedAfter = periodsLookedAfter == null ? List.of() : List.copyOf(periodsLookedAfter);
        lookedAfterAfterAge16 = Answer.orUnknown(lookedAfterAfterAge16);
        localAuthorityAwareOfCareLeaverStatus = Answer.orUnknown(localAuthorityAwareOfCareLeaverStatus);
    }

    public static final CareHistory NOT_GIVEN = new CareHistory(null, null, null, null, null);
}
