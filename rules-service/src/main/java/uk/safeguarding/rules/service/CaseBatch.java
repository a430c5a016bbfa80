package uk.safeguarding.rules.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.input.InputLimits;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * The batch request as clients see it. The service reads the body case by case instead (so one bad case gets its own
 * problem and does not stop the others), but clients need the body named: unnamed, it becomes "AssessBatchRequest" in
 * one generator and "InlineObject" in another.
 */
@Schema(name = "CaseBatch", description = "Cases to assess in one request.")
record CaseBatch(
        @Schema(required = true, maxItems = InputLimits.MAX_BATCH_SIZE,
                description = "The cases, each as for one assessment, at most " + InputLimits.MAX_BATCH_SIZE + " in one request.")
        List<SafeguardingCase> cases) {
}
