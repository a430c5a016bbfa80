package uk.safeguarding.rules.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.assessment.Deadline;

@Schema(description = "Every timescale worked out from the dates given, national and (with a local profile) local.")
public record TimescalesResponse(
        @Schema(description = "\"national\" or the local profile in use.", example = "national") String profile,
        List<Deadline> deadlines) {
}
