package uk.safeguarding.rules.cases.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import uk.safeguarding.rules.cases.CaseRecorder;
import uk.safeguarding.rules.cases.TestCase;

/**
 * Writes what {@code mutate --suggest} found: each near miss as a new case file beside a copy of the corpus's layout,
 * and, for mutants a case already tells apart by an answer its file does not expect, the lines to add to that file.
 * Nothing is added to the corpus by itself: every suggested answer is the rules' answer of today, to be checked
 * against the guidance, and every near miss needs a name and story written by a person.
 */
public final class Suggestions {

    private static final String NAME_START = "Near miss of ";
    private static final String STORY_MARK = "Suggested by policy-tool mutate --suggest";
    private static final String NAME = NAME_START + "\"%s\": %s";
    private static final String STORY = "%s Unlike that case, %s. " + STORY_MARK + ", so that the cases notice %s; "
            + "write the story again for people and check each expected answer against the guidance before keeping it.";

    /** What one suggested input tells apart: the mutants and the answers, merged over every mutant it notices. */
    private record Merged(Suggestion first, Map<String, String> output, Set<String> rules, Set<String> questions,
                          Set<String> rulesAbsent, Set<String> questionsAbsent, Set<String> mutants) {
    }

    private Suggestions() {
    }

    /** Whether a case still has the name or story a suggestion was written with: not yet checked by a person. */
    public static boolean unreviewed(TestCase testCase) {
        return testCase.name().startsWith(NAME_START) || testCase.story().contains(STORY_MARK);
    }

    /**
     * Writes the suggestions among {@code results} under {@code directory}: near misses as case files in the corpus's
     * folders, and additions to existing cases in {@code add-to-cases.txt}. Returns the files written.
     *
     * @param guidanceOf the guidance ids of a rule, by rule id
     */
    public static List<Path> write(List<MutationRun.Result> results, Path directory, Function<String, List<String>> guidanceOf) {
        Map<String, Merged> byInput = new LinkedHashMap<>();
        for (MutationRun.Result result : results) {
            Suggestion suggestion = result.suggestion();
            if (suggestion == null) {
                continue;
            }
            Merged merged = byInput.computeIfAbsent(suggestion.base().name() + "\u0000" + suggestion.change(), key -> new Merged(suggestion,
                    new LinkedHashMap<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                    new LinkedHashSet<>()));
            suggestion.output().forEach(merged.output()::putIfAbsent);
            merged.rules().addAll(suggestion.rules());
            merged.questions().addAll(suggestion.questions());
            merged.rulesAbsent().addAll(suggestion.rulesAbsent());
            merged.questionsAbsent().addAll(suggestion.questionsAbsent());
            merged.mutants().add(result.mutant().ruleId());
        }
        List<Path> written = new ArrayList<>();
        StringBuilder additions = new StringBuilder();
        try {
            for (Merged merged : byInput.values()) {
                Suggestion first = merged.first();
                if (!first.isNearMiss()) {
                    additions.append(first.base().name()).append(" (so that it notices changes to ")
                            .append(String.join(", ", merged.mutants())).append("):\n");
                    merged.output().forEach((key, text) -> additions.append("  output ").append(key).append(": ").append(text).append('\n'));
                    merged.rules().forEach(id -> additions.append("  rules: ").append(id).append('\n'));
                    merged.questions().forEach(fact -> additions.append("  questions: ").append(fact).append('\n'));
                    merged.rulesAbsent().forEach(id -> additions.append("  rulesAbsent: ").append(id).append('\n'));
                    merged.questionsAbsent().forEach(fact -> additions.append("  questionsAbsent: ").append(fact).append('\n'));
                    continue;
                }
                TestCase base = first.base().testCase();
                TreeSet<String> guidance = new TreeSet<>(base.guidance());
                merged.mutants().forEach(id -> guidance.addAll(guidanceOf.apply(id)));
                TestCase nearMiss = new TestCase(String.format(Locale.ROOT, NAME, base.name(), first.change()),
                        String.format(Locale.ROOT, STORY, base.story().trim(), first.change(), "changes to " + String.join(", ", merged.mutants())),
                        List.copyOf(guidance), base.profile(), base.assessedOn(), first.input(), merged.output(),
                        List.copyOf(merged.rules()), List.copyOf(merged.questions()), List.copyOf(merged.rulesAbsent()),
                        List.copyOf(merged.questionsAbsent()), Map.of());
                String baseName = first.base().name().replaceFirst("\\.ya?ml$", "");
                Path file = directory.resolve(baseName + "--" + slug(first.change()) + ".yaml");
                Files.createDirectories(file.getParent());
                Files.writeString(file, CaseRecorder.write(nearMiss));
                written.add(file);
            }
            if (!additions.isEmpty()) {
                Path file = directory.resolve("add-to-cases.txt");
                Files.createDirectories(directory);
                Files.writeString(file, additions.toString());
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private static String slug(String change) {
        String slug = change.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }
}
