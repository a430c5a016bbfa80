package uk.safeguarding.rules.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.assessment.Deadline;
import uk.safeguarding.rules.assessment.FactUsed;
import uk.safeguarding.rules.assessment.ItemView;
import uk.safeguarding.rules.assessment.OpenQuestion;
import uk.safeguarding.rules.assessment.ReasonView;
import uk.safeguarding.rules.assessment.Verdict;
import uk.safeguarding.rules.conclusion.Basis;
import uk.safeguarding.rules.conclusion.Outcome;
import uk.safeguarding.rules.conclusion.Words;

/**
 * An assessment in plain English, laid out so a safeguarding lead can paste it into the Rapid Review template: the
 * answers at a glance, each answer with its reasons and sources, the local review criteria and the template's
 * recommendation options as tick boxes, what is still to find out, and the deadlines.
 */
public final class AssessmentMarkdown {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm z", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final Map<String, String> OPTIONS = Map.of(
            "a", "a) Meets the criteria for a national Child Safeguarding Practice Review",
            "b", "b) Meets the criteria for a Local Child Safeguarding Practice Review",
            "c", "c) Does not meet the criteria but warrants a Local Child Safeguarding Practice Review",
            "d", "d) Warrants consideration of DHR, SAR, MAPPA or other",
            "e", "e) The Rapid Review has identified learning that has been acted upon, obviating the need for further review");

    private AssessmentMarkdown() {
    }

    public static String render(Assessment assessment) {
        StringBuilder md = new StringBuilder();
        md.append("# Safeguarding assessment").append(assessment.reference() == null ? "" : ": " + assessment.reference()).append("\n\n");
        md.append("Assessed ").append(WHEN.format(assessment.evaluatedAt())).append(" with rules ")
                .append(assessment.ruleSet().version()).append(" (").append(assessment.ruleSet().contentHash(), 0,
                        Math.min(19, assessment.ruleSet().contentHash().length())).append("…), as of ")
                .append(Words.day(assessment.assessedOn())).append(".\n")
                .append("YES: it applies. NO: it does not. CONSIDER: a judgement for the safeguarding partners. ")
                .append("UNDETERMINED: facts are missing. Must, should and consider are the guidance's own words.\n\n");
        summary(md, assessment);
        assessment.verdicts().forEach((key, verdict) -> verdict(md, key, verdict));
        classification(md, assessment);
        questions(md, assessment.questions());
        deadlines(md, assessment.deadlines());
        return md.toString();
    }

    private static void summary(StringBuilder md, Assessment assessment) {
        md.append("## At a glance\n\n| Question | Answer | Force | Next due |\n|---|---|---|---|\n");
        assessment.verdicts().forEach((key, verdict) -> md.append("| ").append(verdict.title()).append(" | **")
                .append(verdict.outcome()).append("** | ").append(force(verdict.outcome(), verdict.basis())).append(" | ")
                .append(verdict.deadlines().stream().filter(d -> d.due() != null && d.doneOn() == null)
                        .min(java.util.Comparator.comparing(Deadline::due))
                        .map(d -> Words.day(d.due()) + (d.workingDaysLate() == null ? "" : " (" + Words.overdue(d.workingDaysLate()) + ")"))
                        .orElse("")).append(" |\n"));
        md.append('\n');
    }

    private static void verdict(StringBuilder md, String key, Verdict verdict) {
        md.append("## ").append(verdict.title()).append(": ").append(verdict.outcome())
                .append(verdict.outcome() == Outcome.YES || verdict.outcome() == Outcome.UNDETERMINED
                        ? " (" + force(verdict.outcome(), verdict.basis()) + ")" : "").append("\n\n");
        md.append("Because:\n");
        verdict.reasons().forEach(reason -> reason(md, reason, ""));
        if (!verdict.notes().isEmpty()) {
            md.append("\nAlso:\n");
            verdict.notes().forEach(note -> reason(md, note, ""));
        }
        details(md, key, verdict.details());
        if (!verdict.missing().isEmpty()) {
            md.append("\nStill to find out: ").append(verdict.missing().stream().map(m -> "`" + m + "`")
                    .collect(Collectors.joining(", "))).append(" (questions below).\n");
        }
        if (!verdict.deadlines().isEmpty()) {
            md.append("\nBy when:\n");
            verdict.deadlines().forEach(d -> md.append("- ").append(deadline(d)).append('\n'));
        }
        md.append('\n');
    }

    private static void reason(StringBuilder md, ReasonView reason, String indent) {
        md.append(indent).append("- ").append(reason.because()).append(" _(")
                .append(reason.ruleId()).append("; ").append(reason.citation());
        if (!reason.guidance().isEmpty()) {
            md.append("; guidance ").append(String.join(", ", reason.guidance()));
        }
        if (!"national".equals(reason.scope())) {
            md.append("; local practice: ").append(reason.scope());
        }
        md.append(")_");
        String facts = facts(reason.facts());
        md.append(facts.isEmpty() ? "" : " Facts: " + facts).append('\n');
        reason.grounds().forEach(ground -> md.append(indent).append("  - ").append(ground.because()).append(" _(")
                .append(ground.ruleId()).append(")_").append(facts(ground.facts()).isEmpty() ? "" : " Facts: " + facts(ground.facts()))
                .append('\n'));
    }

    private static void details(StringBuilder md, String key, List<ItemView> details) {
        List<ItemView> options = details.stream().filter(d -> OPTIONS.containsKey(d.item()) && "localReview".equals(key)).toList();
        List<ItemView> others = details.stream().filter(d -> !options.contains(d)).toList();
        if (!others.isEmpty()) {
            md.append('\n').append("localReview".equals(key) ? "Local review criteria (Rapid Review template, 2.2):\n" : "Details:\n");
            others.forEach(item -> md.append("- ").append(box(item.outcome())).append(' ')
                    .append(item.reasons().stream().map(ReasonView::because).distinct().collect(Collectors.joining(" ")))
                    .append('\n'));
        }
        if (!options.isEmpty()) {
            md.append("\nRecommendation (Rapid Review template, section 3):\n");
            options.forEach(option -> md.append("- ").append(box(option.outcome())).append(' ').append(OPTIONS.get(option.item()))
                    .append(option.outcome() == Outcome.YES || option.outcome() == Outcome.NO ? "" : ": " + option.outcome().name().toLowerCase(Locale.UK))
                    .append('\n'));
        }
    }

    private static void classification(StringBuilder md, Assessment assessment) {
        if (assessment.harmClassification().isEmpty()) {
            return;
        }
        md.append("## Extra-familial harm and institutions\n\n");
        assessment.harmClassification().forEach((group, items) -> items.forEach(item -> md.append("- ")
                .append("panelQuestions".equals(group) ? "Panel question " + item.item() : item.item()).append(": **")
                .append(item.outcome()).append("**. ")
                .append(item.reasons().stream().map(ReasonView::because).distinct().collect(Collectors.joining(" ")))
                .append('\n')));
        md.append('\n');
    }

    private static void questions(StringBuilder md, List<OpenQuestion> questions) {
        if (questions.isEmpty()) {
            return;
        }
        md.append("## Still to find out\n\n");
        int number = 1;
        for (OpenQuestion question : questions) {
            md.append(number++).append(". ").append(question.question()).append(" (`").append(question.fact()).append("`; for ")
                    .append(String.join(", ", question.verdicts())).append(")\n");
            question.ifAnswered().forEach(answer -> md.append("   - If ").append(String.join(" or ", answer.answers()))
                    .append(": ").append(answer.changes().stream().map(c -> c.verdict() + " becomes " + c.to())
                            .collect(Collectors.joining("; "))).append('\n'));
        }
        md.append('\n');
    }

    private static void deadlines(StringBuilder md, List<Deadline> deadlines) {
        if (deadlines.isEmpty()) {
            return;
        }
        md.append("## Deadlines\n\n| Due | Action | Force | How it was worked out | National or local |\n|---|---|---|---|---|\n");
        deadlines.forEach(d -> md.append("| ").append(d.due() == null ? "not yet known" : Words.day(d.due()))
                .append(standing(d).isEmpty() ? "" : ": **" + standing(d) + "**").append(" | ")
                .append(d.action()).append(status(d.status())).append(" | ").append(d.basis() == null ? "" : d.basis().guidanceWord())
                .append(" | ").append(explained(d)).append(" | ").append(d.scope()).append(" |\n"));
        md.append('\n');
    }

    private static String deadline(Deadline d) {
        return d.action() + status(d.status()) + ": " + (d.due() == null ? "date not yet known" : (d.earliest() == null ? "by " : "between "
                + Words.day(d.earliest()) + " and ") + Words.day(d.due())) + (standing(d).isEmpty() ? "" : ", **" + standing(d) + "**")
                + " (" + (d.basis() == null ? "" : d.basis().guidanceWord() + "; ")
                + explained(d) + ("national".equals(d.scope()) ? "" : " Local practice: " + d.scope() + ".") + ")";
    }

    private static String explained(Deadline d) {
        return d.explanation() + (d.warning() == null ? "" : " **Late:** " + d.warning());
    }

    /** "overdue by 3 working days", "done on Wednesday 18 March 2026", or nothing while the date is still to come. */
    private static String standing(Deadline d) {
        if (d.doneOn() != null) {
            return "done on " + Words.day(d.doneOn());
        }
        return d.workingDaysLate() == null ? "" : Words.overdue(d.workingDaysLate());
    }

    private static String status(Deadline.Status status) {
        return switch (status) {
            case DUE, OVERDUE, DONE -> "";
            case DUE_IF_DECIDED -> ", if the partners decide to go ahead";
            case DUE_IF_REQUIRED -> ", if it proves to be required";
        };
    }

    private static String facts(List<FactUsed> facts) {
        return facts.stream().map(f -> "`" + f.fact() + "` = " + (f.value() == null ? "not given" : f.value()))
                .collect(Collectors.joining(", "));
    }

    /** The guidance's word for what is asked of the partners: nothing is asked by a NO. */
    private static String force(Outcome outcome, Basis basis) {
        return switch (outcome) {
            case YES -> basis.guidanceWord();
            case CONSIDER -> "consider";
            case NO -> "not required";
            case UNDETERMINED -> basis.guidanceWord() + ", if it applies";
        };
    }

    private static String box(Outcome outcome) {
        return switch (outcome) {
            case YES -> "[x]";
            case NO -> "[ ]";
            case CONSIDER -> "[?] consider:";
            case UNDETERMINED -> "[?] not yet known:";
        };
    }
}
