package uk.safeguarding.rules.service;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.safeguarding.rules.calendar.DateOutsideCalendarException;
import uk.safeguarding.rules.input.FieldError;
import uk.safeguarding.rules.input.InvalidCaseException;
import uk.safeguarding.rules.service.leads.SignIn;

/**
 * Every error leaves as RFC 9457 problem details. Bad input is named field by field; nothing about a request's
 * content is logged, and an unexpected failure shows only an id to quote, never a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ServiceMetrics metrics;

    @ServerExceptionMapper
    public RestResponse<Problem> invalidInput(InvalidCaseException invalid, UriInfo uri) {
        return respond(Problem.of(Problem.Kind.INVALID_INPUT, "Correct the fields listed and send the request again.",
                uri.getPath(), invalid.errors()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> beyondTheCalendar(DateOutsideCalendarException beyond, UriInfo uri) {
        String field = beyond.field() == null ? "(body)" : TimescalesRequest.fieldFor(beyond.field());
        return respond(Problem.of(Problem.Kind.DATE_BEYOND_CALENDAR, "Working days can only be counted within the years the "
                + "bank-holiday calendar covers; the service's calendar file needs updating.", uri.getPath(),
                List.of(new FieldError(field, beyond.getMessage()))));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> busy(BatchGate.BusyException busy, UriInfo uri) {
        return builder(Problem.of(Problem.Kind.BUSY, "Other batches are being assessed; send this one again after "
                + busy.retryAfterSeconds + " seconds, or send its cases one at a time.", uri.getPath(), List.of()))
                .header("Retry-After", busy.retryAfterSeconds).build();
    }

    /**
     * No credentials, or credentials that are wrong; the challenges name both ways in (basic and bearer). A browser on
     * the leads' page is sent to sign in the page's way instead.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Uni<Response> unauthorized(RuntimeException refused, UriInfo uri, RoutingContext request) {
        if (SignIn.isForThePage(uri.getPath())) {
            return SignIn.challenge(request);
        }
        return Uni.createFrom().item(builder(Problem.of(Problem.Kind.UNAUTHORIZED, "Sign in: send a bearer token from the "
                + "partnership's identity provider, or (when the demonstration users are on) a user name and password; Swagger "
                + "UI's Authorize button does either.", uri.getPath(), List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"safeguarding-rules\"")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build().toResponse());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException refused, UriInfo uri) {
        return respond(Problem.of(Problem.Kind.FORBIDDEN, "Signed in, but without a role that may do this (roles: "
                + String.join(", ", Roles.CASE_SYSTEM, Roles.LEAD, Roles.POLICY) + "); ask the partnership's administrator.",
                uri.getPath(), List.of()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(NotFoundException missing, UriInfo uri) {
        String detail = missing.getMessage() != null && missing.getMessage().startsWith("There is no rule")
                ? missing.getMessage() : "Nothing is here; the API is described at /q/swagger-ui.";
        return respond(Problem.of(Problem.Kind.NOT_FOUND, detail, uri.getPath(), List.of()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notAllowed(NotAllowedException wrongMethod, UriInfo uri, Request request) {
        return respond(Problem.of(Problem.Kind.METHOD_NOT_ALLOWED, "This address does not accept " + request.getMethod()
                + "; Swagger UI (/q/swagger-ui) shows what it accepts.", uri.getPath(), List.of()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unsupportedMediaType(NotSupportedException unsupported, UriInfo uri) {
        return respond(Problem.of(Problem.Kind.UNSUPPORTED_MEDIA_TYPE,
                "Send the body as JSON, with the header Content-Type: application/json.", uri.getPath(), List.of()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notAcceptable(NotAcceptableException notAcceptable, UriInfo uri) {
        return respond(Problem.of(Problem.Kind.NOT_ACCEPTABLE,
                "Ask for application/json, or text/markdown for the Rapid Review record (add ?document=working-notes for its working notes).", uri.getPath(), List.of()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> otherHttpError(WebApplicationException error, UriInfo uri) {
        int status = error.getResponse().getStatus();
        if (status == Problem.Kind.TOO_LARGE.status) {
            return respond(tooLarge(uri.getPath()));
        }
        if (status >= 500) {
            return unexpected(error, uri);
        }
        return respond(new Problem("about:blank", error.getResponse().getStatusInfo().getReasonPhrase(), status,
                "The request could not be handled as sent.", uri.getPath(), List.of()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable failure, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        // The exception's class and id only: its message could quote the request.
        LOG.errorf("Unexpected failure %s handling %s: %s", id, uri.getPath(), failure.getClass().getName());
        return respond(Problem.of(Problem.Kind.INTERNAL, "Quote this reference if you report it: " + id + ".", uri.getPath(), List.of()));
    }

    static Problem tooLarge(String path) {
        return Problem.of(Problem.Kind.TOO_LARGE, "The request body is larger than the service accepts; send fewer cases at a time.",
                path, List.of());
    }

    private RestResponse<Problem> respond(Problem problem) {
        metrics.rejected(problem);
        return builder(problem).build();
    }

    private static RestResponse.ResponseBuilder<Problem> builder(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status()).entity(problem).type(Problem.MEDIA_TYPE);
    }
}
