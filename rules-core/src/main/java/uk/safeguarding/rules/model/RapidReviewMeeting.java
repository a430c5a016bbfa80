package uk.safeguarding.rules.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who attends the Rapid Review meeting and which agencies were involved with the child or family.")
public record RapidReviewMeeting(
        @Schema(description = "The organisation of each person attending (one entry per organisation is enough).")
        List<Organisation> attendees,

        @Schema(description = "Agencies involved with the child or family, whose attendance would usually be expected.")
        List<Organisation> agenciesInvolved) {

    public RapidReviewMeeting {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        agenciesInvolved = agenciesInvolved == null ? List.of() : List.copyOf(agenciesInvolved);
    }

    public static final RapidReviewMeeting NOT_GIVEN = new RapidReviewMeeting(null, null);
}
