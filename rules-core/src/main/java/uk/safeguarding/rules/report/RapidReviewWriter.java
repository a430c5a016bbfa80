package uk.safeguarding.rules.report;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.UserTagSectionHelper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * Writes the Rapid Review record and its working notes from the templates beside the rules ({@code rules/templates}),
 * so a policy officer changes the wording without touching Java, and the service, the leads' page and the policy tool
 * all print the same documents.
 */
public final class RapidReviewWriter {

    /** The documents, in rules/templates/&lt;name&gt;.md. */
    public static final String RECORD = "rapid-review-record";
    public static final String WORKING_NOTES = "working-notes";
    /**
     * Wording used inside sentences, as tags ({#organisation key /}, {#suggestion outcome /}, ...). A tag prints on one
     * line, so its file may spread its choices over several: the lines are joined.
     */
    static final List<String> TAGS = List.of("organisation", "process", "criterion", "enquiry", "suggestion", "known", "reason");
    private static final String CLASSPATH = "safeguarding-rules/templates/";
    private static final List<Extension> MARKDOWN_EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser MARKDOWN = Parser.builder().extensions(MARKDOWN_EXTENSIONS).build();
    // Raw HTML in a template or a case value is shown as text, never passed through to the page.
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(MARKDOWN_EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();

    private final Template record;
    private final Template workingNotes;

    private RapidReviewWriter(Function<String, String> templates) {
        io.quarkus.qute.EngineBuilder builder = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .removeStandaloneLines(true);
        TAGS.forEach(tag -> builder.addSectionHelper(new UserTagSectionHelper.Factory(tag, tag)));
        Engine engine = builder.build();
        TAGS.forEach(tag -> engine.putTemplate(tag, engine.parse(oneLine(templates.apply(tag)), null, tag)));
        this.record = engine.parse(templates.apply(RECORD), null, RECORD);
        this.workingNotes = engine.parse(templates.apply(WORKING_NOTES), null, WORKING_NOTES);
    }

    /** The templates shipped with the rules. */
    public static RapidReviewWriter shipped() {
        return new RapidReviewWriter(RapidReviewWriter::fromClasspath);
    }

    /** Edited templates in a directory (a rules directory's templates/ folder). */
    public static RapidReviewWriter fromDirectory(Path directory) {
        return new RapidReviewWriter(name -> {
            try {
                return Files.readString(directory.resolve(name + ".md"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException("Cannot read the template " + name + ".md in " + directory, e));
            }
        });
    }

    /** Both documents for one assessed case, as Markdown and as HTML. */
    public RapidReviewDocuments write(SafeguardingCase safeguardingCase, Assessment assessment) {
        RapidReviewModel model = RapidReviewModel.of(safeguardingCase, assessment);
        return new RapidReviewDocuments(document(record, model), document(workingNotes, model));
    }

    /** The record to paste into the Rapid Review template, as Markdown. */
    public String record(SafeguardingCase safeguardingCase, Assessment assessment) {
        return render(record, RapidReviewModel.of(safeguardingCase, assessment));
    }

    /** The working notes, not for pasting, as Markdown. */
    public String workingNotes(SafeguardingCase safeguardingCase, Assessment assessment) {
        return render(workingNotes, RapidReviewModel.of(safeguardingCase, assessment));
    }

    private static RapidReviewDocuments.Document document(Template template, RapidReviewModel model) {
        String markdown = render(template, model);
        return new RapidReviewDocuments.Document(markdown, HTML.render(MARKDOWN.parse(markdown)));
    }

    private static String render(Template template, RapidReviewModel model) {
        // Blank lines left by sections that printed nothing are collapsed, so the templates can stay readable.
        return template.data("m", model).render().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static String oneLine(String tag) {
        return tag.lines().map(String::strip).collect(java.util.stream.Collectors.joining());
    }

    private static String fromClasspath(String name) {
        try (InputStream in = RapidReviewWriter.class.getClassLoader().getResourceAsStream(CLASSPATH + name + ".md")) {
            if (in == null) {
                throw new IllegalStateException("The template " + CLASSPATH + name + ".md is missing: the rules module is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
