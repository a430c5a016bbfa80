package uk.safeguarding.rules.service.leads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.assessment.Deadline;
import uk.safeguarding.rules.assessment.FactUsed;
import uk.safeguarding.rules.assessment.ItemView;
import uk.safeguarding.rules.assessment.OpenQuestion;
import uk.safeguarding.rules.assessment.ReasonView;
import uk.safeguarding.rules.assessment.Verdict;
import uk.safeguarding.rules.conclusion.Outcome;
import uk.safeguarding.rules.conclusion.Words;
import uk.safeguarding.rules.facts.FactPaths;
import uk.safeguarding.rules.input.FieldError;
import uk.safeguarding.rules.service.leads.PageView.DeadlineView;
import uk.safeguarding.rules.service.leads.PageView.ErrorView;
import uk.safeguarding.rules.service.leads.PageView.FieldView;
import uk.safeguarding.rules.service.leads.PageView.OptionView;
import uk.safeguarding.rules.service.leads.PageView.QuestionView;
import uk.safeguarding.rules.service.leads.PageView.ReasonLine;
import uk.safeguarding.rules.service.leads.PageView.SectionView;
import uk.safeguarding.rules.service.leads.PageView.VerdictView;

/** Builds what the page shows from the answers posted, the problems found and the assessment. */
final class PageViews {

    static final String NOT_KNOWN = "UNKNOWN";
    private static final Properties ANSWERS = answers();

    private PageViews() {
    }

    static PageView page(CaseForm form, List<FieldError> errors, Assessment assessment, String resultsAfter) {
        Map<String, String> errorByPath = errors.stream()
                .collect(Collectors.toMap(FieldError::path, PageViews::sentence, (a, b) -> a + " " + b));
        List<SectionView> sections = new ArrayList<>();
        for (int i = 0; i < Questions.SECTIONS.size(); i++) {
            Questions.Section section = Questions.SECTIONS.get(i);
            sections.add(new SectionView(section.id(), section.title(), section.intro(),
                    section.questions().stream().map(q -> field(form, q, errorByPath.get(q.path()))).toList(),
                    i == Questions.SECTIONS.size() - 1));
        }
        List<ErrorView> summary = errors.stream().map(e -> new ErrorView(href(e.path()), label(e.path()) + " " + sentence(e))).toList();
        return new PageView(sections, summary, assessment == null ? null : results(assessment), resultsAfter);
    }

    /** The answers as posted, unchecked, with one problem: the post did not carry this browser's form token. */
    static PageView expired(CaseForm form) {
        PageView unchecked = page(form, List.of(), null, null);
        return new PageView(unchecked.sections(), List.of(new ErrorView("#check-review",
                "The page had expired, so your answers were not checked. They are below: check them again.")), null, null);
    }

    /** Today's date in the day, month and year boxes of the day of the assessment, for a new page. */
    static CaseForm blank(LocalDate today) {
        return new CaseForm(Map.of("assessedOn" + CaseForm.DAY, List.of(String.valueOf(today.getDayOfMonth())),
                "assessedOn" + CaseForm.MONTH, List.of(String.valueOf(today.getMonthValue())),
                "assessedOn" + CaseForm.YEAR, List.of(String.valueOf(today.getYear()))));
    }

    private static FieldView field(CaseForm form, Questions.Question question, String error) {
        String path = question.path();
        List<OptionView> options = new ArrayList<>();
        switch (question.kind()) {
            case YES_NO, CHOICE -> {
                String chosen = form.value(path).isEmpty() ? NOT_KNOWN : form.value(path);
                for (String choice : question.choices()) {
                    options.add(new OptionView(options.isEmpty() ? question.id() : path + "-" + choice, choice, answer(choice), choice.equals(chosen)));
                }
                options.add(new OptionView(path + "-" + NOT_KNOWN, NOT_KNOWN, "Not known", NOT_KNOWN.equals(chosen)));
            }
            case CHOICES -> question.choices().forEach(choice -> options.add(new OptionView(
                    options.isEmpty() ? question.id() : path + "-" + choice, choice, answer(choice), form.values(path).contains(choice))));
            default -> {
            }
        }
        return new FieldView(path, question.label(), question.hint(), question.kind().name(), form.value(path),
                form.value(path + CaseForm.DAY), form.value(path + CaseForm.MONTH), form.value(path + CaseForm.YEAR), options, error);
    }

    private static PageView.Results results(Assessment assessment) {
        Map<String, Verdict> verdicts = assessment.verdicts();
        List<VerdictView> glance = new ArrayList<>();
        verdicts.forEach((key, verdict) -> glance.add(new VerdictView(key, verdict.title(), answerWord(verdict.outcome()),
                force(verdict), tag(verdict.outcome()), verdict.summary(),
                verdict.reasons().stream().map(PageViews::reason).toList(), verdict.notes().stream().map(PageViews::reason).toList(),
                verdict.details().stream().map(PageViews::detail).toList(),
                verdict.missing().stream().map(PageViews::label).toList(),
                verdict.deadlines().stream().map(PageViews::deadline).toList())));
        List<QuestionView> questions = assessment.questions().stream().map(q -> question(q, verdicts)).toList();
        return new PageView.Results(Words.day(assessment.assessedOn()), glance, questions,
                assessment.deadlines().stream().map(PageViews::deadline).toList());
    }

    private static ReasonLine reason(ReasonView reason) {
        String source = reason.citation() + (reason.guidance().isEmpty() ? "" : "; guidance " + String.join(", ", reason.guidance()))
                + "; rule " + reason.ruleId() + ("national".equals(reason.scope()) ? "" : "; local practice: " + reason.scope());
        return new ReasonLine(reason.because(), source, facts(reason.facts()),
                reason.grounds().stream().map(g -> g.because() + (g.facts().isEmpty() ? "" : " (" + String.join("; ", facts(g.facts())) + ")")).toList());
    }

    private static String detail(ItemView item) {
        return answerWord(item.outcome()) + ": " + item.reasons().stream().map(ReasonView::because).distinct().collect(Collectors.joining(" "));
    }

    private static List<String> facts(List<FactUsed> facts) {
        return facts.stream().map(f -> label(f.fact()) + ": " + factValue(f.value())).toList();
    }

    private static String factValue(Object value) {
        if (value == null) {
            return "not known";
        }
        String text = value.toString();
        if (ANSWERS.containsKey(text)) {
            return ANSWERS.getProperty(text);
        }
        try {
            return Words.day(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException notADate) {
            return text;
        }
    }

    private static QuestionView question(OpenQuestion question, Map<String, Verdict> verdicts) {
        String href = Questions.find(question.fact()).map(q -> "#" + q.id()).orElse(null);
        List<String> ifAnswered = question.ifAnswered().stream().map(answer -> "If "
                + answer.answers().stream().map(PageViews::answer).collect(Collectors.joining(" or ")) + ": "
                + answer.changes().stream().map(c -> title(verdicts, c.verdict()) + " becomes " + answerWord(c.to()))
                        .collect(Collectors.joining("; "))).toList();
        return new QuestionView(question.question(), href,
                question.verdicts().stream().map(v -> title(verdicts, v)).collect(Collectors.joining("; ")), ifAnswered);
    }

    static DeadlineView deadline(Deadline d) {
        String due = d.due() == null ? "Not yet known" : d.earliest() != null
                ? "Between " + Words.day(d.earliest()) + " and " + Words.day(d.due()) : Words.day(d.due());
        String condition = switch (d.status()) {
            case DUE_IF_DECIDED -> " (if the partners decide to go ahead)";
            case DUE_IF_REQUIRED -> " (if it proves to be required)";
            default -> "";
        };
        String standing = "";
        String standingClass = "";
        if (d.doneOn() != null) {
            standing = "Done on " + Words.day(d.doneOn());
            standingClass = "govuk-tag--green";
        } else if (d.workingDaysLate() != null) {
            String late = Words.overdue(d.workingDaysLate());
            standing = Character.toUpperCase(late.charAt(0)) + late.substring(1);
            standingClass = "govuk-tag--red";
        }
        return new DeadlineView(due, d.action() + condition, d.basis() == null ? "" : d.basis().guidanceWord(), standing,
                standingClass, d.explanation());
    }

    private static String title(Map<String, Verdict> verdicts, String key) {
        Verdict verdict = verdicts.get(key);
        return verdict == null ? key : verdict.title();
    }

    private static String answerWord(Outcome outcome) {
        return switch (outcome) {
            case YES -> "Yes";
            case NO -> "No";
            case CONSIDER -> "Consider";
            case UNDETERMINED -> "Not yet known";
        };
    }

    private static String force(Verdict verdict) {
        return switch (verdict.outcome()) {
            case YES -> verdict.basis().guidanceWord();
            case CONSIDER -> "a judgement for the partners";
            case NO -> "not required";
            case UNDETERMINED -> "facts are missing";
        };
    }

    private static String tag(Outcome outcome) {
        return switch (outcome) {
            case YES -> "govuk-tag--blue";
            case NO -> "govuk-tag--grey";
            case CONSIDER -> "govuk-tag--yellow";
            case UNDETERMINED -> "govuk-tag--orange";
        };
    }

    /** The page's wording for an answer a lead can choose. */
    static String answer(String value) {
        return ANSWERS.getProperty(value, value.toLowerCase(Locale.UK).replace('_', ' '));
    }

    /** What a fact is called on the page: its question there, or else the model's question, or else its path. */
    private static String label(String path) {
        return Questions.find(path).map(Questions.Question::label)
                .orElseGet(() -> FactPaths.question(path).orElse(path));
    }

    /** A problem as a sentence about the answer: the messages start with a verb ("is in the future", "must include a month"). */
    private static String sentence(FieldError error) {
        return "This " + error.message() + (error.message().endsWith(".") ? "" : ".");
    }

    private static String href(String path) {
        return "#" + Questions.find(path).map(Questions.Question::id).orElse("case-questions");
    }

    private static Properties answers() {
        Properties answers = new Properties();
        try (InputStream in = PageViews.class.getClassLoader().getResourceAsStream("leads/answers.properties")) {
            answers.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read leads/answers.properties", e);
        }
        return answers;
    }
}
