package uk.safeguarding.rules.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who is assessing, and which safeguarding partnerships are involved. Area names only, no addresses.")
public record Partnership(
        @Schema(description = "The organisation making this assessment or referral.")
        @Question("Which organisation is making this assessment?")
        Organisation assessedBy,

        @Schema(description = "Whether the safeguarding partners disagree about notifying the incident.")
        @Question("Do the safeguarding partners disagree about whether to notify the incident?")
        Answer partnersDisagreeAboutNotifying,

        @Schema(description = "The partnership (local authority area) where the child usually lives.", example = "Northshire")
        @Question("In which partnership's area does the child usually live?")
        String childUsuallyLivesIn,

        @Schema(description = "The partnership (local authority area) where the incident happened.", example = "Southborough")
        @Question("In which partnership's area did the incident happen?")
        String incidentHappenedIn,

        @Schema(description = "Every partnership whose services were involved with the child or family.")
        List<String> partnershipsInvolved) {

    public Partnership {
        partnersDisagreeAboutNotifying = Answer.orUnknown(partnersDisagreeAboutNotifying);
        partnershipsInvolved = partnershipsInvolved == null ? List.of() : List.copyOf(partnershipsInvolved);
    }

    public static final Partnership NOT_GIVEN = new Partnership(null, null, null, null, null);
}
