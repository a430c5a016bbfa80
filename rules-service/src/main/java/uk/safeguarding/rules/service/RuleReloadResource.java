package uk.safeguarding.rules.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rules/reload")
@RolesAllowed(Roles.POLICY)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule catalogue")
public class RuleReloadResource {

    @Inject
    RuleSetReloader reloader;

    @POST
    @Operation(operationId = "reloadRules", summary = "Reload the rules directory",
            description = "Compiles and validates the configured rules directory (rules and numbers) aside, runs the "
                    + "regression cases against it when a cases directory is configured, and swaps it in atomically. "
                    + "Requests in flight finish on the old rule set; a refused rule set leaves the old one serving.")
    @APIResponse(responseCode = "200", description = "Swapped in, or unchanged.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReloadResult.class)))
    @APIResponse(responseCode = "422", description = "Refused, with each problem at its file and line; the old rule set keeps serving.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReloadResult.class)))
    public Response reload() {
        ReloadResult result = reloader.reload();
        return Response.status(result.status() == ReloadResult.Status.REFUSED ? 422 : 200).entity(result).build();
    }
}
