package uk.safeguarding.rules.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASE_SYSTEM, Roles.LEAD, Roles.POLICY})
@Tag(name = "Rule catalogue", description = "The rules in use, each with the guidance it encodes and its source.")
public class RuleCatalogueResource {

    @Inject
    SafeguardingService service;

    @GET
    @Operation(operationId = "listRules", summary = "List every rule", description = "Every rule with its id, what it says, the guidance it encodes and its citation.")
    @APIResponse(responseCode = "200", description = "The catalogue.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleCatalogue.class)))
    public RuleCatalogue catalogue() {
        return service.catalogue();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRule", summary = "One rule by its id", description = "The ids appear in every reason of an assessment.")
    @APIResponse(responseCode = "200", description = "The rule.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueEntry.class)))
    @APIResponse(responseCode = "404", description = "No rule has that id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CatalogueEntry rule(@Parameter(description = "The rule's id.", example = "N1-must-notify") @PathParam("id") String id) {
        return service.rule(id);
    }
}
