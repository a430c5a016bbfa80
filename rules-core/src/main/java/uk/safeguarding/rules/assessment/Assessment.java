package uk.safeguarding.rules.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The explained verdicts for one case: what must, should or may be done, why, what is still unknown, and by when.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Assessment(
        @Schema(description = "The case's anonymised reference, as given.") String reference,
        RuleSetSummary ruleSet,
        @Schema(description = "When the assessment was made.") Instant evaluatedAt,
        @Schema(description = "The day of the assessment (assessedOn in the request, or today in London): due dates before it "
                + "are overdue unless the case records the action done.", example = "2026-11-30") java.time.LocalDate assessedOn,
        @Schema(description = "The verdicts, by question: seriousCase, panelNotification, secretaryOfStateNotification, "
                + "rapidReview, localReview, nationalReview, parallelProcesses, and, where the facts allow, "
                + "rapidReviewMeeting and leadPartnership.")
        Map<String, Verdict> verdicts,
        @Schema(description = "The National Panel's extra-familial harm questions and, for harm in an institution, the "
                + "judgement between institutional abuse and quality of care.")
        Map<String, List<ItemView>> harmClassification,
        @Schema(description = "The definitions the verdicts rest on (a child, looked after, care leaver, serious harm, abuse or neglect known or suspected, ...).")
        Map<String, Verdict> findings,
        @Schema(description = "Facts still unknown that a verdict waits on, most consequential first.")
        List<OpenQuestion> questions,
        @Schema(description = "Every due date, earliest first.")
        List<Deadline> deadlines) {

    public Assessment {
        verdicts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(verdicts));
        harmClassification = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(harmClassification));
        findings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(findings));
        questions = List.copyOf(questions);
        deadlines = List.copyOf(deadlines);
    }
}
