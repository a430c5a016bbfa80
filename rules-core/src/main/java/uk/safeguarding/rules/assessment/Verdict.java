package uk.safeguarding.rules.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.rules.conclusion.Basis;
import uk.safeguarding.rules.conclusion.Outcome;

@Schema(description = "The answer to one statutory question, with its reasons, what is still unknown, and by when.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Verdict(
        @Schema(description = "The question, in plain English.", example = "Notify the Child Safeguarding Practice Review Panel")
        String title,
        Outcome outcome,
        Basis basis,
        @Schema(description = "One or two sentences a safeguarding lead can read on their own.")
        String summary,
        List<ReasonView> reasons,
        @Schema(description = "Further points the guidance makes for this case, which qualify the verdict without deciding it.")
        List<ReasonView> notes,
        @Schema(description = "Itemised parts: criteria, processes, options, absent agencies, notification category.")
        List<ItemView> details,
        @Schema(description = "For UNDETERMINED: the facts to find out, as paths into the request; see questions for the wording.")
        List<String> missing,
        List<Deadline> deadlines) {

    public Verdict {
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
        details = List.copyOf(details);
        missing = List.copyOf(missing);
        deadlines = List.copyOf(deadlines);
    }
}
