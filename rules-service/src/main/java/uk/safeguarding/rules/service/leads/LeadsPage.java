package uk.safeguarding.rules.service.leads;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.rules.assessment.Assessment;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import uk.safeguarding.rules.report.RapidReviewDocuments;
import uk.safeguarding.rules.service.Caller;
import uk.safeguarding.rules.service.Roles;
import uk.safeguarding.rules.input.FieldError;
import uk.safeguarding.rules.input.InvalidCaseException;
import uk.safeguarding.rules.service.SafeguardingService;

/**
 * The page for safeguarding leads: the facts in plain questions, section by section, and after each section the
 * answers at a glance with their reasons, the open questions and the deadlines; then the record for the Rapid Review
 * template, to download or print. Everything lives under /leads so that one permission can protect it. The form carries
 * the answers from one post to the next and nothing is stored; responses are marked not to be cached.
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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageView view);

        static native TemplateInstance record(String reference, String record, List<Hidden> answers);
    }

    /** An answer carried on the print view, so "Back to the assessment" returns with every answer in place. */
    @io.quarkus.qute.TemplateData
    record Hidden(String name, String value) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The leads' page, with no answers yet")
    public TemplateInstance blank() {
        return Templates.page(PageViews.page(PageViews.blank(LocalDate.now(LONDON)), List.of(), null, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Check the answers given so far", description = "Shows the answers at a glance after the section named by check.")
    public Response check(MultivaluedMap<String, String> posted, RoutingContext request) {
        CaseForm form = new CaseForm(posted);
        String after = form.value("check").isEmpty() ? CHECK_ALL : form.value("check");
        Checked checked = assess(form, Caller.of(identity, request));
        return noStore(Response.status(checked.errors().isEmpty() ? 200 : 400)
                .entity(Templates.page(PageViews.page(form, checked.errors(), checked.assessment(), after))));
    }

    @POST
    @Path("/record")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({"text/markdown", MediaType.TEXT_HTML})
    @Operation(summary = "Download the record for the Rapid Review template, as Markdown")
    public Response record(MultivaluedMap<String, String> posted, RoutingContext request) {
        return withRecord(posted, request, (assessment, documents) -> Response.ok(documents.record().markdown(), "text/markdown;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + RapidReviewRecord.fileName(assessment) + "\""));
    }

    @POST
    @Path("/print")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The record for the Rapid Review template, laid out for printing")
    public Response print(MultivaluedMap<String, String> posted, RoutingContext request) {
        List<Hidden> answers = new ArrayList<>();
        posted.forEach((name, values) -> values.forEach(value -> answers.add(new Hidden(name, value))));
        return withRecord(posted, request, (assessment, documents) -> Response.ok(
                Templates.record(assessment.reference(), documents.record().html(), answers)));
    }

    @GET
    @Path("/assets/{name}")
    @Operation(hidden = true)
    public Response asset(@PathParam("name") String name) {
        FrontendAssets.Asset asset = FrontendAssets.named(name).orElseThrow(() -> new NotFoundException());
        return Response.ok(asset.content(), asset.mediaType() + ";charset=UTF-8").header("Cache-Control", "public, max-age=3600").build();
    }

    private record Checked(Assessment assessment, List<FieldError> errors) {
    }

    /** The record in some form, or, when the answers have problems, the page with the problems listed. */
    private Response withRecord(MultivaluedMap<String, String> posted, RoutingContext request,
                                java.util.function.BiFunction<Assessment, RapidReviewDocuments, Response.ResponseBuilder> render) {
        CaseForm form = new CaseForm(posted);
        Caller caller = Caller.of(identity, request);
        Checked checked = assess(form, caller);
        return checked.errors().isEmpty() ? noStore(render.apply(checked.assessment(), documents(form, caller))) : check(posted, request);
    }

    /** Problems the page finds first (dates, identifying details); then the case reader's; then the assessment. */
    private Checked assess(CaseForm form, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        var request = form.toRequest(errors);
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        try {
            return new Checked(service.assess(request, true, caller), List.of());
        } catch (InvalidCaseException invalid) {
            return new Checked(null, invalid.errors());
        }
    }

    /** The record and working notes for the answers given, which {@link #assess} has already found in order. */
    private RapidReviewDocuments documents(CaseForm form, Caller caller) {
        return service.documents(form.toRequest(new ArrayList<>()), true, caller);
    }

    /** Answers about a child are not to be kept by browsers or proxies. */
    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }
}
