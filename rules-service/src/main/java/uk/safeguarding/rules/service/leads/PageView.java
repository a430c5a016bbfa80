package uk.safeguarding.rules.service.leads;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * What the leads' page shows, worked out in Java so the template only lays it out: the questions with the answers
 * given, the problems found, and the answers at a glance with their reasons, open questions and deadlines.
 *
 * @param resultsAfter the id of the section whose "Check" button was pressed; the answers are shown after it
 */
@TemplateData
record PageView(List<SectionView> sections, List<ErrorView> errors, Results results, String resultsAfter) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    @TemplateData
    record SectionView(String id, String title, String intro, List<FieldView> fields, boolean last) {
    }

    /**
     * One question with the answer given. {@code day}, {@code month} and {@code year} are used by dates; {@code value}
     * by text and numbers; {@code options} by choices.
     */
    @TemplateData
    record FieldView(String path, String label, String hint, String kind, String value, String day, String month, String year,
                     List<OptionView> options, String error) {
    }

    @TemplateData
    record OptionView(String id, String value, String label, boolean checked) {
    }

    @TemplateData
    record ErrorView(String href, String text) {
    }

    @TemplateData
    record Results(String assessedOn, List<VerdictView> verdicts, List<QuestionView> questions, List<DeadlineView> deadlines) {
    }

    @TemplateData
    record VerdictView(String key, String title, String answer, String force, String tagClass, String summary,
                       List<ReasonLine> reasons, List<ReasonLine> notes, List<String> details, List<String> stillToFindOut,
                       List<DeadlineView> deadlines) {
    }

    @TemplateData
    record ReasonLine(String because, String source, List<String> facts, List<String> grounds) {
    }

    /** @param href the question's field on the page, or null when the page does not ask it */
    @TemplateData
    record QuestionView(String text, String href, String waitsOn, List<String> ifAnswered) {
    }

    @TemplateData
    record DeadlineView(String due, String action, String force, String standing, String standingClass, String explanation) {
    }
}
