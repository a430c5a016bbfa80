package uk.safeguarding.rules.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The written reports of a corpus run: JUnit XML for build tools, Markdown for people. */
public final class Reports {

    private Reports() {
    }

    public static void writeJUnitXml(CorpusRun run, Path file) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        double total = run.timed().stream().mapToDouble(t -> t.took().toMillis() / 1000.0).sum();
        long errors = run.results().stream().filter(r -> r.error() != null).count();
        xml.append("<testsuite name=\"safeguarding-rules corpus\" tests=\"").append(run.results().size())
                .append("\" failures=\"").append(run.failed() - errors).append("\" errors=\"").append(errors)
                .append("\" time=\"").append(seconds(total)).append("\">\n");
        for (CorpusRun.Timed timed : run.timed()) {
            CaseResult result = timed.result();
            String folder = result.file().name().contains("/")
                    ? result.file().name().substring(0, result.file().name().lastIndexOf('/')) : "cases";
            xml.append("  <testcase classname=\"").append(escape("cases." + folder.replace('/', '.')))
                    .append("\" name=\"").append(escape(result.file().name() + ": " + result.name()))
                    .append("\" time=\"").append(seconds(timed.took().toMillis() / 1000.0)).append("\"");
            if (result.passed()) {
                xml.append("/>\n");
            } else if (result.error() != null) {
                xml.append(">\n    <error message=\"").append(escape(result.error())).append("\"/>\n  </testcase>\n");
            } else {
                String details = String.join("\n", result.mismatches().stream().map(Mismatch::toString).toList());
                xml.append(">\n    <failure message=\"").append(escape(result.mismatches().size() + " difference(s) from what the case expects"))
                        .append("\">").append(escape(details)).append("</failure>\n  </testcase>\n");
            }
        }
        xml.append("</testsuite>\n");
        write(file, xml.toString());
    }

    public static void writeMarkdown(CorpusRun run, Path file) {
        StringBuilder md = new StringBuilder("# Regression run\n\n").append(run.summary()).append(".\n\n");
        if (!run.passed()) {
            md.append("## Cases that differ from what they expect\n\n");
            for (CaseResult result : run.results()) {
                if (result.passed()) {
                    continue;
                }
                md.append("### ").append(result.name()).append("\n\n`").append(result.file().name()).append("`\n\n");
                if (result.error() != null) {
                    md.append("Could not be assessed: ").append(result.error()).append("\n\n");
                    continue;
                }
                md.append("| What | Expected | Actual | Rules behind the actual answer |\n|---|---|---|---|\n");
                result.mismatches().forEach(m -> md.append("| ").append(m.what()).append(" | ").append(m.expected())
                        .append(" | ").append(m.actual()).append(" | ").append(String.join(", ", m.reasons())).append(" |\n"));
                md.append('\n');
            }
        }
        md.append("## Every case\n\n| Case | File | Result |\n|---|---|---|\n");
        run.results().forEach(r -> md.append("| ").append(r.name()).append(" | `").append(r.file().name()).append("` | ")
                .append(r.passed() ? "passed" : "**failed**").append(" |\n"));
        write(file, md.toString());
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static void write(Path file, String content) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
