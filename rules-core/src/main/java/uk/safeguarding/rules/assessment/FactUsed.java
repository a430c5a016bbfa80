package uk.safeguarding.rules.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A fact of the case a rule relied on, with its value in this case.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FactUsed(
        @Schema(description = "Where the fact is in the request, e.g. abuseOrNeglect.strategyDiscussion; derived.* facts are "
                + "worked out from dates, parameters.* are thresholds from the parameter files.", example = "incident.outcome")
        String fact,
        @Schema(description = "Its value in this case; null when not given.", example = "DIED")
        Object value,
        @Schema(description = "For a derived fact: the facts it was worked out from.")
        List<String> derivedFrom) {

    public FactUsed {
        derivedFrom = derivedFrom == null ? List.of() : List.copyOf(derivedFrom);
    }
}
