package uk.safeguarding.rules.service.leads;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.report.AssessmentMarkdown;

/**
 * The record of an assessment for the Rapid Review template, as the leads' page offers it: to download, and to print.
 * The only place the page reaches the record's renderer (rules-core's Markdown today), so a new renderer is one change.
 */
final class RapidReviewRecord {

    private static final List<org.commonmark.Extension> TABLES = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(TABLES).build();
    /** Raw HTML in the record is shown as text: the record quotes what was typed (the case reference). */
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(TABLES).escapeHtml(true).sanitizeUrls(true).build();

    private RapidReviewRecord() {
    }

    static String markdown(Assessment assessment) {
        return AssessmentMarkdown.render(assessment);
    }

    static String html(Assessment assessment) {
        return HTML.render(PARSER.parse(markdown(assessment)));
    }

    /** A file name for the download that says what it is, using only the reference's letters, digits and hyphens. */
    static String fileName(Assessment assessment) {
        String reference = assessment.reference() == null ? "" : assessment.reference().replaceAll("[^A-Za-z0-9-]", "");
        return "rapid-review-record" + (reference.isEmpty() ? "" : "-" + reference) + ".md";
    }
}
