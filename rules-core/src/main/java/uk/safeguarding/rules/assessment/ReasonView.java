package uk.safeguarding.rules.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.conclusion.Basis;
import uk.safeguarding.rules.conclusion.Outcome;

@Schema(description = "One reason for a verdict: the rule that gave it, what it says about this case, the facts it relied on, "
        + "the guidance it encodes, and the findings it rests on.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReasonView(
        @Schema(description = "Stable id of the rule.", example = "N1-must-notify") String ruleId,
        @Schema(description = "The rule, as a sentence.") String rule,
        Outcome outcome,
        Basis basis,
        @Schema(description = "What the rule says about this case.") String because,
        @Schema(description = "The facts of the case it relied on, with their values.") List<FactUsed> facts,
        @Schema(description = "Ids of the guidance statements it encodes (see the rule catalogue).", example = "[\"N1\"]")
        List<String> guidance,
        @Schema(description = "The primary source.", example = "Children Act 2004 s16C(1); Working Together 2023, ch. 5")
        String citation,
        @Schema(description = "\"national\", or the local profile that added this rule.", example = "national")
        String scope,
        @Schema(description = "The findings this reason rests on, nearest first.") List<Ground> grounds) {

    public ReasonView {
        facts = List.copyOf(facts);
        guidance = List.copyOf(guidance);
        grounds = List.copyOf(grounds);
    }
}
