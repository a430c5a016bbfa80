package uk.safeguarding.rules.input;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One problem with one field of the input.
 *
 * @param path where the field is, as a dotted path with list positions: "child.careHistory.periodsLookedAfter[0].to"
 */
@Schema(description = "A problem with one field of the request.")
public record FieldError(
        @Schema(description = "Where the field is in the request.", example = "incident.localAuthorityAwareDate") String path,
        @Schema(description = "What is wrong, in plain English.", example = "is before the date of the incident (incident.date, 2026-03-02)")
        String message) {
}
