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

@Path("/api/v1/timescales")
@RolesAllowed({Roles.CASE_SYSTEM, Roles.LEAD, Roles.POLICY})
@Tag(name = "Timescales", description = "Due dates in working days (England and Wales), from the case's own dates.")
public class TimescaleResource {

    @Inject
    SafeguardingService service;

    @Inject
    ServiceMetrics metrics;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "workOutTimescales", summary = "Work out the due dates",
            description = "From the date the local authority became aware (day 0) and any later dates known, every statutory "
                    + "timescale: notifying the Panel, scoping, the Rapid Review meeting and submission, the outcome to the "
                    + "Panel, and a local review's publication. Weekends and bank holidays are skipped; each date says how it was worked out.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TimescalesRequest.class)))
    @APIResponse(responseCode = "200", description = "The due dates.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimescalesResponse.class)))
    @APIResponse(responseCode = "400", description = "A date is missing or not a date.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A due date falls beyond the years the bank-holiday calendar covers.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TimescalesResponse timescales(String body) {
        return metrics.time("timescales", () -> service.timescales(body));
    }
}
