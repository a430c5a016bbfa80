package uk.safeguarding.rules.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.assessment.Assessment;

@Schema(description = "One result per case, in the order sent: an assessment, or the problem that stopped that case being assessed.")
public record BatchResponse(List<Item> results) {

    public BatchResponse {
        results = List.copyOf(results);
    }

    @Schema(name = "BatchItem", description = "The result for one case of the batch.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            @Schema(description = "Position of the case in the batch, from 0.", example = "0") int index,
            @Schema(description = "The assessment, when the case could be assessed.") Assessment assessment,
            @Schema(description = "Why the case could not be assessed; the other cases are unaffected.") Problem problem) {
    }
}
