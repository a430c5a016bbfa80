package uk.safeguarding.rules.service;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.model.SafeguardingCase;

@Path("/api/v1/assessments")
@Tag(name = "Assessments", description = "What must, should or may be done for a case, why, what is still unknown, and by when.")
public class AssessmentResource {

    @Inject
    SafeguardingService service;

    @Inject
    ServiceMetrics metrics;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MarkdownWriter.TEXT_MARKDOWN})
    @Operation(summary = "Assess one case",
            description = "Give the facts known so far; leave out anything not yet known. The answer gives every verdict "
                    + "(serious case, Panel notification, Secretary of State and Ofsted, Rapid Review, local and national "
                    + "review, parallel processes) with its reasons, the questions still to answer and the due dates. Ask for "
                    + "text/markdown to get a plain-language version to paste into the Rapid Review template.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SafeguardingCase.class)))
    @APIResponse(responseCode = "200", description = "The assessment.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Assessment.class)),
            @Content(mediaType = MarkdownWriter.TEXT_MARKDOWN, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "The case has problems; each is listed with its field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Assessment assess(String body,
                             @Parameter(description = "Also work out what each possible answer to an open question would change.")
                             @QueryParam("impact") @DefaultValue("true") boolean impact) {
        Assessment assessment = metrics.time("assess", () -> service.assess(body, impact));
        metrics.assessed(assessment);
        return assessment;
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assess several cases",
            description = "Send {\"cases\": [...]}. Each case gets its assessment or its own problem, in the order sent; a case "
                    + "with problems does not stop the others. There is a limit on how many cases one request may hold.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(properties = {@org.eclipse.microprofile.openapi.annotations.media.SchemaProperty(name = "cases",
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = SafeguardingCase.class)})))
    @APIResponse(responseCode = "200", description = "One result per case.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResponse.class)))
    @APIResponse(responseCode = "400", description = "The batch itself has a problem, such as too many cases.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResponse assessBatch(String body,
                                     @Parameter(description = "Also work out what each answer to an open question would change (slower).")
                                     @QueryParam("impact") @DefaultValue("false") boolean impact,
                                     @Context UriInfo uri) {
        BatchResponse batch = metrics.time("assess-batch", () -> service.assessBatch(body, impact, uri.getPath()));
        batch.results().stream().filter(item -> item.assessment() != null).forEach(item -> metrics.assessed(item.assessment()));
        return batch;
    }
}
