package uk.safeguarding.rules.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.engine.RuleProblem;

/**
 * What a reload did.
 *
 * @param serving   the content hash of the rule set serving after the reload
 * @param candidate the content hash of the rule set tried (rules and numbers), when it could be read
 */
@Schema(description = "What a reload of the rules directory did: the rule set serving afterwards, and any problems that refused the new one.")
public record ReloadResult(
        @Schema(description = "SWAPPED: the new rule set serves from now on. UNCHANGED: the directory holds the rule set "
                + "already serving. REFUSED: the new rule set did not compile, validate or pass its regression cases; "
                + "the old one keeps serving.") Status status,
        @Schema(description = "Content hash of the rule set serving after the reload.", example = "sha256:3f1c…") String serving,
        @Schema(description = "Content hash of the rule set tried.", example = "sha256:9a0b…") String candidate,
        @Schema(description = "Why the new rule set was refused, each at its file and line (line 0 when not known).") List<RuleProblem> problems,
        @Schema(description = "What the regression run found.", example = "69 case(s) of profile national: 69 passed, 0 failed") String cases) {

    public enum Status { SWAPPED, UNCHANGED, REFUSED }

    public ReloadResult {
        problems = List.copyOf(problems);
    }

    /** Each problem as "file:line: message". */
    public List<String> problemsAt() {
        return problems.stream().map(RuleProblem::toString).toList();
    }
}
