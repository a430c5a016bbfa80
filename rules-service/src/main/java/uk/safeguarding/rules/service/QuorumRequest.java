package uk.safeguarding.rules.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.model.Organisation;

@Schema(description = "Who is attending a Rapid Review meeting, and which agencies were involved with the child or family.")
public record QuorumRequest(
        @Schema(description = "The organisation of each person attending.", required = true, example = "[\"LOCAL_AUTHORITY\", \"POLICE\", \"CCG\"]")
        List<Organisation> attendees,
        @Schema(description = "Agencies involved with the child or family, whose attendance would usually be expected.",
                example = "[\"HEALTH_PROVIDER\", \"EDUCATION\"]")
        List<Organisation> agenciesInvolved) {
}
