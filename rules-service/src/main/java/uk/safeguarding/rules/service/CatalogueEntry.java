package uk.safeguarding.rules.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One rule of the rule set, as policy staff maintain it.")
public record CatalogueEntry(
        @Schema(description = "Stable id of the rule.", example = "N1-must-notify") String id,
        @Schema(description = "What the rule says, as a sentence.") String rule,
        @Schema(description = "The guidance statements it encodes, with their text and where they come from.") List<GuidanceRef> guidance,
        @Schema(description = "The primary source.") String citation,
        @Schema(description = "The rule file and line it is in.", example = "national/panel-notification.drl:79") String source,
        @Schema(description = "\"national\", or the local profile it belongs to.", example = "national") String scope) {

    public CatalogueEntry {
        guidance = List.copyOf(guidance);
    }

    @Schema(description = "A statement of the guidance digest.")
    public record GuidanceRef(
            @Schema(example = "N1") String id,
            String text,
            @Schema(description = "Where in the source documents the statement comes from.") String place) {
    }
}
