package uk.safeguarding.rules.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Every rule of the rule set in use.")
public record RuleCatalogue(
        @Schema(example = "0.1.0-SNAPSHOT+national") String version,
        @Schema(example = "sha256:…") String contentHash,
        @Schema(example = "national") String profile,
        List<CatalogueEntry> rules) {

    public RuleCatalogue {
        rules = List.copyOf(rules);
    }
}
