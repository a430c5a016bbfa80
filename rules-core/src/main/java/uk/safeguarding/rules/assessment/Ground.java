package uk.safeguarding.rules.assessment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.conclusion.Outcome;

@Schema(description = "A finding further down the chain of reasoning that a reason rests on.")
public record Ground(
        @Schema(description = "The stable id of the rule that drew it.", example = "S2-died") String ruleId,
        @Schema(description = "What it is about.", example = "The child died or was seriously harmed") String about,
        Outcome outcome,
        @Schema(description = "The rule's sentence about this case.") String because,
        List<FactUsed> facts) {

    public Ground {
        facts = List.copyOf(facts);
    }
}
