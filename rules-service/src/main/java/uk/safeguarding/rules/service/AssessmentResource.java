package uk.safeguarding.rules.service;

import jakarta.annotation.security.RolesAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.input.FieldError;
import uk.safeguarding.rules.input.InputLimits;
import uk.safeguarding.rules.input.InvalidCaseException;
import uk.safeguarding.rules.model.SafeguardingCase;
import uk.safeguarding.rules.report.RapidReviewDocuments;

@Path("/api/v1/assessments")
@RolesAllowed({Roles.CASE_SYSTEM, Roles.LEAD, Roles.POLICY})
@Tag(name = "Assessments", description = "What must, should or may be done for a case, why, what is still unknown, and by when.")
public class AssessmentResource {

    public static final String TEXT_MARKDOWN = "text/markdown";
    static final String RECORD = "record";
    static final String WORKING_NOTES = "working-notes";

    @Inject
    SafeguardingService service;

    @Inject
    SecurityIdentity identity;

    @Inject
    BatchGate batches;

    @Inject
    ServiceMetrics metrics;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, TEXT_MARKDOWN})
    @Operation(operationId = "assessCase", summary = "Assess one case",
            description = "Give the facts known so far; leave out anything not yet known. The answer gives every verdict "
                    + "(serious case, Panel notification, Secretary of State and Ofsted, Rapid Review, local and national "
                    + "review, parallel processes) with its reasons, the questions still to answer and the due dates. Ask for "
                    + "text/markdown to get the Rapid Review record, laid out as the Rapid Review template, in plain English, "
                    + "for a business manager to paste; add ?document=working-notes to get the working notes behind it "
                    + "(reasons with sources and rule ids, open questions, deadlines), which are not for pasting.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SafeguardingCase.class)))
    @APIResponse(responseCode = "200", description = "The assessment.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Assessment.class)),
            @Content(mediaType = TEXT_MARKDOWN, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "The case has problems; each is listed with its field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response assess(String body,
                           @Parameter(description = "Also work out what each possible answer to an open question would change.")
                           @QueryParam("impact") @DefaultValue("true") boolean impact,
                           @Parameter(description = "With Accept: text/markdown, which document: \"record\" (the Rapid Review "
                                   + "record, to paste) or \"working-notes\" (how it was worked out; not for pasting).")
                           @QueryParam("document") @DefaultValue(RECORD) String document,
                           @Context HttpHeaders headers,
                           RoutingContext request) {
        if (!RECORD.equals(document) && !WORKING_NOTES.equals(document)) {
            throw new InvalidCaseException(List.of(new FieldError("document",
                    "\"" + document + "\" is not a document; ask for \"record\" or \"working-notes\"")));
        }
        Caller caller = Caller.of(identity, request);
        if (!wantsMarkdown(headers)) {
            Assessment assessment = metrics.time("assess", () -> service.assess(body, impact, caller));
            metrics.assessed(assessment);
            return Response.ok(assessment, MediaType.APPLICATION_JSON_TYPE).build();
        }
        RapidReviewDocuments documents = metrics.time("assess-record", () -> service.documents(body, impact, caller));
        return Response.ok((RECORD.equals(document) ? documents.record() : documents.workingNotes()).markdown(),
                TEXT_MARKDOWN + ";charset=UTF-8").build();
    }

    /** Markdown only when the caller prefers it to JSON; a caller that accepts anything gets JSON. */
    private static boolean wantsMarkdown(HttpHeaders headers) {
        MediaType markdown = MediaType.valueOf(TEXT_MARKDOWN);
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(markdown)) {
                return true;
            }
        }
        return false;
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assessBatch", summary = "Assess several cases",
            description = "Send {\"cases\": [...]}. Each case gets its assessment or its own problem, in the order sent; a case "
                    + "with problems does not stop the others. At most " + InputLimits.MAX_BATCH_SIZE + " cases in one request; a batch "
                    + "that runs past its time limit answers the cases it reached and names the ones it did not.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseBatch.class)))
    @APIResponse(responseCode = "200", description = "One result per case.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResponse.class)))
    @APIResponse(responseCode = "400", description = "The batch itself has a problem, such as too many cases.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Every place for batch work is taken; try again after the Retry-After seconds.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResponse assessBatch(String body,
                                     @Parameter(description = "Also work out what each answer to an open question would change (slower).")
                                     @QueryParam("impact") @DefaultValue("false") boolean impact,
                                     @Context UriInfo uri,
                                     RoutingContext request) {
        Caller caller = Caller.of(identity, request);
        BatchResponse batch = metrics.time("assess-batch", () -> batches.run(() -> service.assessBatch(body, impact, uri.getPath(), caller)));
        batch.results().stream().filter(item -> item.assessment() != null).forEach(item -> metrics.assessed(item.assessment()));
        return batch;
    }
}
