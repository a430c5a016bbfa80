package uk.safeguarding.rules.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.assessment.Deadline;
import uk.safeguarding.rules.assessment.ItemView;
import uk.safeguarding.rules.assessment.OpenQuestion;
import uk.safeguarding.rules.assessment.ReasonView;
import uk.safeguarding.rules.assessment.RuleSetSummary;
import uk.safeguarding.rules.assessment.Verdict;
import uk.safeguarding.rules.conclusion.Basis;
import uk.safeguarding.rules.conclusion.Outcome;
import uk.safeguarding.rules.conclusion.Topic;
import uk.safeguarding.rules.conclusion.Words;
import uk.safeguarding.rules.facts.Age;
import uk.safeguarding.rules.facts.CaseFacts;
import uk.safeguarding.rules.model.Answer;
import uk.safeguarding.rules.model.ChildProtectionPlan;
import uk.safeguarding.rules.model.Organisation;
import uk.safeguarding.rules.model.ProcessDates;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * What the record and working-notes templates read: one assessed case turned into values a template can print without
 * deciding anything. Outcomes arrive as {@link Suggestion}s so the templates choose the wording for each; item keys
 * (criteria, options, processes, organisations) arrive as keys so the templates name them; sentences and sources arrive
 * as the rules gave them, for the working notes only.
 */
public record RapidReviewModel(
        String reference,
        boolean factsOpen,
        String assessedOn,
        Background background,
        List<String> attendees,
        List<String> absentAgencies,
        Map<String, Suggestion> verdicts,
        Map<String, Suggestion> criteria,
        Suggestion noneOfTheAbove,
        List<String> criteriaThatApply,
        List<String> criteriaNotYetKnown,
        Map<String, Suggestion> options,
        List<String> processesAlongside,
        String submitBy,
        Notes notes) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm z", Locale.UK).withZone(LONDON);
    private static final String SUBMISSION_DEADLINE = "rapid-review-submitted";

    /**
     * An outcome as the templates test it: one of the first four flags is true; {@code expected} tells a "should"
     * (expected practice) from a "must", so the record never words one as the other.
     */
    public record Suggestion(boolean applies, boolean doesNotApply, boolean judgement, boolean notYetKnown, boolean expected) {

        static Suggestion of(Outcome outcome) {
            return of(outcome, null);
        }

        static Suggestion of(Outcome outcome, Basis basis) {
            return new Suggestion(outcome == Outcome.YES, outcome == Outcome.NO, outcome == Outcome.CONSIDER,
                    outcome == Outcome.UNDETERMINED, basis == Basis.EXPECTED);
        }
    }

    /**
     * The template's "Background Information" as far as the case holds it; null where it does not, so the template
     * asks for it to be completed locally. Yes/no facts arrive as suggestions (unknown is never "no").
     */
    public record Background(String dateOfBirth, String age, Suggestion lookedAfter, Suggestion careLeaver,
                             String childProtectionPlan, Suggestion knownToChildrensSocialCare, Suggestion disability,
                             String incidentDate, String incidentOutcome, String causeOfDeath, String dateNotified,
                             String dateOfRapidReview) {
    }

    /** The working notes: how each answer was reached, what is still open, and every due date. */
    public record Notes(RuleSetSummary ruleSet, String assessedAt, List<Answered> answers, Answered lead,
                        List<Question> questions, List<Due> deadlines) {
    }

    /** One verdict with its reasons, each reason once. */
    public record Answered(String key, String title, String outcome, String force, List<Reason> reasons) {
    }

    /** A rule's sentence about the case, with where it comes from. */
    public record Reason(String because, String citation, String guidance, String ruleId, String scope, boolean alsoNote) {
    }

    /** A fact still to find out, with what each answer would change. */
    public record Question(String question, String field, List<String> waitingOn, List<Change> ifAnswered) {
    }

    /** "If not suspected: Serious child safeguarding case becomes no; ..." */
    public record Change(String answers, String changes) {
    }

    /**
     * One due date, with how it stands on the day of the assessment ("done Monday 23 March 2026", "overdue by 3 working
     * days") and any warning that a step as counted or planned misses the deadline it must meet.
     */
    public record Due(String due, String action, String condition, String force, String workedOut, String scope,
                      String standing, String warning) {
    }

    public static RapidReviewModel of(SafeguardingCase safeguardingCase, Assessment assessment) {
        LocalDate today = assessment.evaluatedAt().atZone(LONDON).toLocalDate();
        Map<String, Verdict> verdicts = assessment.verdicts();
        Map<String, Suggestion> criteria = items(verdicts.get(Topic.LOCAL_REVIEW.key()), Topic.LOCAL_REVIEW_CRITERION);
        return new RapidReviewModel(
                assessment.reference(),
                !assessment.questions().isEmpty(),
                Words.day(today),
                background(safeguardingCase, assessment),
                safeguardingCase.rapidReviewMeeting().attendees().stream().distinct().map(Organisation::name).toList(),
                itemKeys(verdicts.get(Topic.RAPID_REVIEW_MEETING.key()), Outcome.NO),
                verdictSuggestions(verdicts),
                criteria,
                noneOfTheAbove(criteria),
                keysWhere(criteria, Suggestion::applies),
                keysWhere(criteria, Suggestion::notYetKnown),
                items(verdicts.get(Topic.LOCAL_REVIEW.key()), Topic.REVIEW_RECOMMENDATION),
                itemKeys(verdicts.get(Topic.PARALLEL_PROCESSES.key()), Outcome.YES),
                assessment.deadlines().stream().filter(d -> SUBMISSION_DEADLINE.equals(d.id()) && d.due() != null)
                        .map(d -> Words.day(d.due())).findFirst().orElse(null),
                new Notes(assessment.ruleSet(), WHEN.format(assessment.evaluatedAt()),
                        answers(assessment),
                        verdicts.containsKey(Topic.LEAD_PARTNERSHIP.key()) ? answered(Topic.LEAD_PARTNERSHIP.key(), verdicts.get(Topic.LEAD_PARTNERSHIP.key())) : null,
                        assessment.questions().stream().map(q -> question(q, verdicts)).toList(),
                        assessment.deadlines().stream().map(RapidReviewModel::due).toList()));
    }

    private static Background background(SafeguardingCase safeguardingCase, Assessment assessment) {
        var child = safeguardingCase.child();
        var incident = safeguardingCase.incident();
        Age age = CaseFacts.age(child, incident);
        ProcessDates dates = safeguardingCase.processDates();
        return new Background(
                day(child.dateOfBirth()),
                age.years() == null ? null : Words.age(age.years()),
                finding(assessment, Topic.LOOKED_AFTER),
                finding(assessment, Topic.CARE_LEAVER),
                child.childProtectionPlan() == ChildProtectionPlan.UNKNOWN ? null : child.childProtectionPlan().name(),
                answer(child.knownToChildrensSocialCare()),
                answer(child.disability()),
                day(incident.date()),
                incident.outcome().name(),
                incident.causeOfDeath().name(),
                day(dates.notificationDate()),
                day(dates.rapidReviewMeetingDate()));
    }

    private static Suggestion finding(Assessment assessment, Topic topic) {
        Verdict finding = assessment.findings().get(topic.key());
        return Suggestion.of(finding == null ? Outcome.UNDETERMINED : finding.outcome());
    }

    private static Suggestion answer(Answer answer) {
        return Suggestion.of(switch (answer) {
            case YES -> Outcome.YES;
            case NO -> Outcome.NO;
            case UNKNOWN -> Outcome.UNDETERMINED;
        });
    }

    private static String day(LocalDate date) {
        return date == null ? null : Words.day(date);
    }

    /** The itemised parts of a verdict that belong to one topic, by item key, in the rules' order. */
    private static Map<String, Suggestion> items(Verdict verdict, Topic topic) {
        Map<String, Suggestion> items = new LinkedHashMap<>();
        if (verdict != null) {
            verdict.details().stream().filter(item -> belongsTo(item, topic))
                    .forEach(item -> items.put(item.item(), Suggestion.of(item.outcome())));
        }
        return items;
    }

    /**
     * Criteria are numbered (i)-(viii) and recommendation options lettered (a)-(e); both are details of the local review
     * verdict, told apart by their keys.
     */
    private static boolean belongsTo(ItemView item, Topic topic) {
        boolean option = item.item().length() == 1 && item.item().charAt(0) >= 'a' && item.item().charAt(0) <= 'e';
        return topic == Topic.REVIEW_RECOMMENDATION ? option : !option;
    }

    private static List<String> itemKeys(Verdict verdict, Outcome outcome) {
        return verdict == null ? List.of() : verdict.details().stream().filter(item -> item.outcome() == outcome)
                .map(ItemView::item).distinct().toList();
    }

    private static List<String> keysWhere(Map<String, Suggestion> items, java.util.function.Predicate<Suggestion> test) {
        return items.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey).toList();
    }

    /** Every verdict by key, null where the facts did not allow it, so a template can test for it. */
    private static Map<String, Suggestion> verdictSuggestions(Map<String, Verdict> verdicts) {
        Map<String, Suggestion> suggestions = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            if (topic.kind() == Topic.Kind.VERDICT) {
                Verdict verdict = verdicts.get(topic.key());
                suggestions.put(topic.key(), verdict == null ? null : Suggestion.of(verdict.outcome(), verdict.basis()));
            }
        }
        return suggestions;
    }

    /** "None of the above" is suggested only when every criterion is known not to apply. */
    private static Suggestion noneOfTheAbove(Map<String, Suggestion> criteria) {
        if (criteria.values().stream().anyMatch(Suggestion::applies)) {
            return Suggestion.of(Outcome.NO);
        }
        if (!criteria.isEmpty() && criteria.values().stream().allMatch(Suggestion::doesNotApply)) {
            return Suggestion.of(Outcome.YES);
        }
        return Suggestion.of(criteria.values().stream().anyMatch(Suggestion::judgement) ? Outcome.CONSIDER : Outcome.UNDETERMINED);
    }

    /** Every verdict but the lead partnership (the notes give it first), then the Panel's harm questions. */
    private static List<Answered> answers(Assessment assessment) {
        List<Answered> answers = new ArrayList<>();
        assessment.verdicts().forEach((key, verdict) -> {
            if (!Topic.LEAD_PARTNERSHIP.key().equals(key)) {
                answers.add(answered(key, verdict));
            }
        });
        assessment.harmClassification().forEach((group, items) -> items.forEach(item -> answers.add(answered(group,
                classificationTitle(group) + " (" + item.item() + ")", item.outcome(), item.basis().guidanceWord(), item.reasons(), List.of()))));
        return answers;
    }

    private static String classificationTitle(String group) {
        return java.util.Arrays.stream(Topic.values()).filter(t -> t.kind() == Topic.Kind.CLASSIFICATION && t.key().equals(group))
                .map(Topic::title).findFirst().orElse(group);
    }

    private static Answered answered(String key, Verdict verdict) {
        return answered(key, verdict.title(), verdict.outcome(), force(verdict), verdict.reasons(), verdict.notes());
    }

    /** A verdict's reasons and notes, each sentence once however many findings led to it. */
    private static Answered answered(String key, String title, Outcome outcome, String force, List<ReasonView> because, List<ReasonView> notes) {
        Set<String> seen = new LinkedHashSet<>();
        List<Reason> reasons = new ArrayList<>();
        because.stream().filter(r -> seen.add(r.because())).forEach(r -> reasons.add(reason(r, false)));
        notes.stream().filter(r -> seen.add(r.because())).forEach(r -> reasons.add(reason(r, true)));
        return new Answered(key, title, words(outcome), force, reasons);
    }

    private static Reason reason(ReasonView reason, boolean alsoNote) {
        return new Reason(reason.because(), reason.citation(), String.join(", ", reason.guidance()), reason.ruleId(),
                reason.scope(), alsoNote);
    }

    private static String force(Verdict verdict) {
        return switch (verdict.outcome()) {
            case YES -> verdict.basis().guidanceWord();
            case CONSIDER -> "consider";
            case NO -> "not required";
            case UNDETERMINED -> verdict.basis().guidanceWord() + ", if it applies";
        };
    }

    private static Question question(OpenQuestion question, Map<String, Verdict> verdicts) {
        Function<String, String> title = key -> verdicts.containsKey(key) ? verdicts.get(key).title() : key;
        return new Question(question.question(), question.fact(), question.verdicts().stream().map(title).toList(),
                question.ifAnswered().stream().map(answer -> new Change(
                        String.join(" or ", answer.answers().stream().map(RapidReviewModel::words).toList()),
                        String.join("; ", answer.changes().stream()
                                .map(c -> title.apply(c.verdict()) + " becomes " + words(c.to())).toList()))).toList());
    }

    private static Due due(Deadline deadline) {
        return new Due(
                deadline.due() == null ? null : (deadline.earliest() == null ? "" : Words.day(deadline.earliest()) + " to ")
                        + Words.day(deadline.due()),
                deadline.action(),
                switch (deadline.status()) {
                    case DUE_IF_DECIDED -> "if the partners decide to go ahead";
                    case DUE_IF_REQUIRED -> "if it proves to be required";
                    case DUE, OVERDUE, DONE -> null;
                },
                deadline.basis() == null ? null : deadline.basis().guidanceWord(),
                deadline.explanation(),
                deadline.scope(),
                standing(deadline),
                deadline.warning());
    }

    /** How the deadline stands on the day of the assessment, as the assessment worked it out. */
    private static String standing(Deadline deadline) {
        if (deadline.doneOn() != null) {
            return "done " + Words.day(deadline.doneOn());
        }
        if (deadline.workingDaysLate() != null) {
            int late = deadline.workingDaysLate();
            return "overdue by " + late + (late == 1 ? " working day" : " working days")
                    + (deadline.status() == Deadline.Status.OVERDUE ? "" : " if it applies");
        }
        return null;
    }

    private static String words(Object value) {
        return value instanceof Enum<?> e ? Words.words(e) : value.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
