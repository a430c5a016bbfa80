package uk.safeguarding.rules.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.rules.assessment.Verdict;

@Path("/api/v1/rapid-review-meetings/quorum")
@RolesAllowed({Roles.CASE_SYSTEM, Roles.LEAD, Roles.POLICY})
@Tag(name = "Rapid Review meetings", description = "Whether a Rapid Review meeting is quorate.")
public class MeetingResource {

    @Inject
    SafeguardingService service;

    @Inject
    ServiceMetrics metrics;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkQuorum", summary = "Check a meeting's quorum",
            description = "A Rapid Review meeting is quorate only with at least one representative each of the local authority, "
                    + "the police and the Integrated Care Board (\"CCG\" is accepted). Absent partners, and absent agencies that "
                    + "were involved, are listed so the omission and its reason can be recorded.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuorumRequest.class)))
    @APIResponse(responseCode = "200", description = "YES if quorate, NO if not, with the absences as details.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verdict.class)))
    @APIResponse(responseCode = "400", description = "No attendees, or an organisation that is not recognised.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Verdict quorum(String body) {
        return metrics.time("quorum", () -> service.quorum(body));
    }
}
