package uk.safeguarding.rules.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.conclusion.Outcome;

@Schema(description = "A fact that is not yet known and that a verdict waits on, with what each answer would change.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OpenQuestion(
        @Schema(description = "Where to give the answer in the request.", example = "abuseOrNeglect.strategyDiscussion") String fact,
        @Schema(description = "The question to ask.") String question,
        @Schema(description = "The verdicts that wait on it.", example = "[\"seriousCase\", \"panelNotification\"]") List<String> verdicts,
        @Schema(description = "For each possible answer, the verdicts that answer alone would change; answers that change nothing "
                + "on their own are left out. Empty for dates and numbers, whose effect depends on the value.")
        List<IfAnswered> ifAnswered) {

    public OpenQuestion {
        verdicts = List.copyOf(verdicts);
        ifAnswered = List.copyOf(ifAnswered);
    }

    @Schema(description = "What an answer would change; answers with the same effect are listed together.")
    public record IfAnswered(
            @Schema(example = "[\"YES\"]") List<String> answers,
            List<Change> changes) {

        public IfAnswered {
            answers = List.copyOf(answers);
            changes = List.copyOf(changes);
        }
    }

    @Schema(description = "A verdict whose outcome would change.")
    public record Change(@Schema(example = "panelNotification") String verdict, Outcome from, Outcome to) {
    }
}
