package uk.safeguarding.rules.assessment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.conclusion.Basis;
import uk.safeguarding.rules.conclusion.Outcome;

@Schema(description = "One itemised part of a verdict: a review criterion, a parallel process, a template option, an absent agency.")
public record ItemView(
        @Schema(description = "Which item: a criterion (\"iii\"), a process (\"domesticHomicideReview\"), an option (\"b\").",
                example = "iii") String item,
        Outcome outcome,
        Basis basis,
        List<ReasonView> reasons) {

    public ItemView {
        reasons = List.copyOf(reasons);
    }
}
