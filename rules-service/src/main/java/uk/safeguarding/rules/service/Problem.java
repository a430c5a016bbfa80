package uk.safeguarding.rules.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.input.FieldError;

/** An error as RFC 9457 problem details, with one entry per field that is wrong. */
@Schema(name = "Problem", description = "What went wrong, as RFC 9457 problem details. For bad input, errors lists each "
        + "field that is wrong with its path in the request and what is wrong with it.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "A URI naming the kind of problem.", example = "urn:safeguarding-rules:problem:invalid-input") String type,
        @Schema(description = "A short summary of the kind of problem.", example = "The request has problems") String title,
        @Schema(description = "The HTTP status code.", example = "400") int status,
        @Schema(description = "What to do about it, in plain English.") String detail,
        @Schema(description = "The request path it concerns.", example = "/api/v1/assessments") String instance,
        @Schema(description = "Each field that is wrong.") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:safeguarding-rules:problem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static Problem of(Kind kind, String detail, String instance, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + kind.slug, kind.title, kind.status, detail, instance, errors);
    }

    /** The kinds of problem the service reports. */
    enum Kind {
        INVALID_INPUT("invalid-input", "The request has problems", 400),
        UNAUTHORIZED("unauthorized", "Sign in to use this", 401),
        FORBIDDEN("forbidden", "Your role does not allow this", 403),
        NOT_FOUND("not-found", "Not found", 404),
        METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
        NOT_ACCEPTABLE("not-acceptable", "Cannot answer in the format asked for", 406),
        TOO_LARGE("too-large", "The request is too large", 413),
        UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Send the request as JSON", 415),
        BUSY("busy", "Too many batches at once", 429),
        NOT_REACHED("not-reached", "Not assessed within the batch's time limit", 429),
        DATE_BEYOND_CALENDAR("date-beyond-calendar", "A due date is beyond the bank-holiday calendar", 422),
        SHUTTING_DOWN("shutting-down", "This instance is shutting down", 503),
        INTERNAL("internal", "Something went wrong on our side", 500);

        final String slug;
        final String title;
        final int status;

        Kind(String slug, String title, int status) {
            this.slug = slug;
            this.title = title;
            this.status = status;
        }
    }
}
