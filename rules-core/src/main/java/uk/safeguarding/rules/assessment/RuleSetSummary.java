package uk.safeguarding.rules.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Which rules gave this assessment, so it can be reproduced.")
public record RuleSetSummary(
        @Schema(description = "Product version and profile.", example = "0.1.0-SNAPSHOT+national") String version,
        @Schema(description = "SHA-256 over every rule file's path and text.", example = "sha256:3f1c…") String contentHash,
        @Schema(description = "\"national\" or the local profile in use.", example = "national") String profile,
        @Schema(description = "Number of rules.", example = "215") int rules) {
}
