package uk.safeguarding.rules.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import uk.safeguarding.rules.engine.RuleSource;
import uk.safeguarding.rules.report.RapidReviewWriter;

/** Where a run takes its rules from: an edited rules directory, or the rules built into the tool. */
public record RuleSources(Path directory) {

    public static RuleSources builtIn() {
        return new RuleSources(null);
    }

    public RuleSource forProfile(String profile) {
        return directory == null ? RuleSource.classpath(profile) : RuleSource.directory(directory, profile);
    }

    public Function<String, RuleSource> byProfile() {
        return this::forProfile;
    }

    /** The Rapid Review record and notes templates: the edited directory's templates/ if it has them, else the built-in ones. */
    public RapidReviewWriter documents() {
        Path templates = directory == null ? null : directory.resolve("templates");
        return templates != null && Files.isDirectory(templates) ? RapidReviewWriter.fromDirectory(templates) : RapidReviewWriter.shipped();
    }

    public String describe() {
        return directory == null ? "the rules built into the tool" : directory.toString();
    }
}
