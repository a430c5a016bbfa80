package uk.safeguarding.rules.service.leads;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.input.FieldError;
import uk.safeguarding.rules.input.InvalidCaseException;
import uk.safeguarding.rules.report.RapidReviewDocuments;
import uk.safeguarding.rules.service.Caller;
import uk.safeguarding.rules.service.Roles;
import uk.safeguarding.rules.service.SafeguardingService;

/**
 * The page for safeguarding leads: the facts in plain questions, section by section, and after each section the
 * answers at a glance with their reasons, the open questions and the deadlines; then the record for the Rapid Review
 * template, to download or print. Everything lives under /leads so that one permission can protect it. The form carries
 * the answers from one post to the next and nothing is stored; responses are marked not to be cached. Every post must
 * carry the form token the page gave ({@link FormTokens}).
 */
@Path("/leads")
@RolesAllowed({Roles.LEAD, Roles.POLICY})
@Tag(name = "Leads' page", description = "The HTML page for safeguarding leads (open it in a browser).")
public class LeadsPage {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String CHECK_ALL = "check";

    @Inject
    SecurityIdentity identity;

    @Inject
    SafeguardingService service;

    @Inject
    FormTokens tokens;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageView view, String formToken);

        static native TemplateInstance record(String reference, String record, List<Hidden> answers, String formToken);
    }

    /** An answer carried on the print view, so "Back to the assessment" returns with every answer in place. */
    @io.quarkus.qute.TemplateData
    record Hidden(String name, String value) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The leads' page, with no answers yet")
    public Response blank(RoutingContext request) {
        return noStore(Response.ok(Templates.page(PageViews.page(PageViews.blank(LocalDate.now(LONDON)), List.of(), null, null),
                tokens.issue(request, identity))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Check the answers given so far", description = "Shows the answers at a glance after the section named by check.")
    public Response check(MultivaluedMap<String, String> posted, RoutingContext request) {
        CaseForm form = new CaseForm(posted);
        if (!tokens.accepts(request, identity, form.value(FormTokens.FIELD))) {
            return expired(form, request);
        }
        String after = form.value("check").isEmpty() ? CHECK_ALL : form.value("check");
        List<FieldError> errors = new ArrayList<>();
        Assessment assessment = null;
        ObjectNode facts = form.toRequest(errors);
        if (errors.isEmpty()) {
            try {
                assessment = service.assess(facts, true, Caller.of(identity, request));
            } catch (InvalidCaseException invalid) {
                errors = invalid.errors();
            }
        }
        return page(form, errors, assessment, after, request);
    }

    @POST
    @Path("/record")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({"text/markdown", MediaType.TEXT_HTML})
    @Operation(summary = "Download the record for the Rapid Review template, as Markdown")
    public Response record(MultivaluedMap<String, String> posted, RoutingContext request) {
        return withRecord(posted, request, (reference, documents) -> Response.ok(documents.record().markdown(), "text/markdown;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + RapidReviewRecord.fileName(reference) + "\""));
    }

    @POST
    @Path("/print")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The record for the Rapid Review template, laid out for printing")
    public Response print(MultivaluedMap<String, String> posted, RoutingContext request) {
        List<Hidden> answers = new ArrayList<>();
        posted.forEach((name, values) -> {
            if (!name.equals(FormTokens.FIELD)) {
                values.forEach(value -> answers.add(new Hidden(name, value)));
            }
        });
        return withRecord(posted, request, (reference, documents) -> Response.ok(
                Templates.record(reference, documents.record().html(), answers, tokens.issue(request, identity))));
    }

    @GET
    @Path("/assets/{name}")
    @PermitAll
    @Operation(hidden = true)
    public Response asset(@PathParam("name") String name) {
        FrontendAssets.Asset asset = FrontendAssets.named(name).orElseThrow(() -> new NotFoundException());
        return Response.ok(asset.content(), asset.mediaType() + ";charset=UTF-8").header("Cache-Control", "public, max-age=3600").build();
    }

    /** Signed in without the lead's or policy staff's role: a page saying so, in the page's own words. */
    @ServerExceptionMapper
    Response refused(ForbiddenException refused) {
        return noStore(Response.status(Response.Status.FORBIDDEN).entity(SignIn.refused()).type(MediaType.TEXT_HTML_TYPE));
    }

    /** The record in some form, or, when the answers have problems, the page with the problems listed. */
    private Response withRecord(MultivaluedMap<String, String> posted, RoutingContext request,
                                BiFunction<String, RapidReviewDocuments, Response.ResponseBuilder> render) {
        CaseForm form = new CaseForm(posted);
        if (!tokens.accepts(request, identity, form.value(FormTokens.FIELD))) {
            return expired(form, request);
        }
        List<FieldError> errors = new ArrayList<>();
        ObjectNode facts = form.toRequest(errors);
        if (errors.isEmpty()) {
            try {
                return noStore(render.apply(form.value("reference"), service.documents(facts, true, Caller.of(identity, request))));
            } catch (InvalidCaseException invalid) {
                errors = invalid.errors();
            }
        }
        return page(form, errors, null, CHECK_ALL, request);
    }

    private Response page(CaseForm form, List<FieldError> errors, Assessment assessment, String after, RoutingContext request) {
        return noStore(Response.status(errors.isEmpty() ? 200 : 400)
                .entity(Templates.page(PageViews.page(form, errors, assessment, after), tokens.issue(request, identity))));
    }

    /** A post without this browser's token: the answers come back, unchecked, with a fresh token to check them again. */
    private Response expired(CaseForm form, RoutingContext request) {
        return noStore(Response.status(400).entity(Templates.page(PageViews.expired(form), tokens.issue(request, identity))));
    }

    /** Answers about a child are not to be kept by browsers or proxies. */
    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }
}
