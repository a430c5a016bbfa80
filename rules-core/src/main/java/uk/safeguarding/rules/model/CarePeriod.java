package uk.safeguarding.rules.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One period during which the young person was looked after.")
public record CarePeriod(
        @Schema(description = "First day looked after.", required = true, example = "2019-09-02") LocalDate from,
        @Schema(description = "Last day looked after.", required = true, example = "2021-07-30") LocalDate to) {
}
