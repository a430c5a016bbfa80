package uk.safeguarding.rules.cases.mutation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.assessment.OpenQuestion;
import uk.safeguarding.rules.cases.AssessmentIndex;
import uk.safeguarding.rules.cases.CaseFile;
import uk.safeguarding.rules.cases.CaseRunner;
import uk.safeguarding.rules.cases.TestCase;
import uk.safeguarding.rules.cases.mutation.NearMisses.NearMiss;

/**
 * For a mutant no case notices, looks for a case that would: first among the cases themselves (an answer the file
 * does not yet expect), then among their near misses ({@link NearMisses}). What it finds is a suggestion for a person
 * to check against the guidance, never a case by itself: it pins the rules' answers of today.
 */
final class NearMissSearch {

    /** A case's answers, as far as a case file can expect them; or why it could not be assessed. */
    private record Answers(Map<String, String> entries, Set<String> ruleIds, Set<String> questions, String refused) {

        static Answers of(Assessment assessment) {
            AssessmentIndex index = new AssessmentIndex(assessment);
            Map<String, String> entries = new LinkedHashMap<>();
            index.entries().forEach((key, entry) -> entries.put(key, entry.text()));
            return new Answers(entries, index.ruleIds(), new LinkedHashSet<>(assessment.questions().stream().map(OpenQuestion::fact).toList()), null);
        }

        static Answers refused(RuntimeException why) {
            return new Answers(Map.of(), Set.of(), Set.of(), String.valueOf(why.getMessage()));
        }
    }

    /** How many inputs one mutant may try before it is left unnoticed: the search is a help, not a proof. */
    private static final int TRIES_PER_MUTANT = 3000;

    private final NearMisses nearMisses;
    private final Map<CaseFile, List<NearMiss>> nearMissesByCase = new ConcurrentHashMap<>();
    private final Map<NearMiss, Answers> unchangedAnswers = new ConcurrentHashMap<>();

    NearMissSearch(List<CaseFile> cases) {
        this.nearMisses = new NearMisses(cases);
    }

    /**
     * The first case or near miss, trying {@code cases} in order, whose answers under {@code mutated} differ from those
     * under {@code unchanged} in a way a case file can expect; null when none does within the budget.
     */
    Suggestion find(List<CaseFile> cases, CaseRunner unchanged, CaseRunner mutated) {
        int tries = 0;
        for (boolean nearMissesToo : new boolean[] {false, true}) {
            for (CaseFile file : cases) {
                List<NearMiss> inputs = nearMissesToo ? nearMissesByCase.computeIfAbsent(file, nearMisses::of)
                        : List.of(new NearMiss(file, null, file.testCase().input()));
                for (NearMiss input : inputs) {
                    if (tries++ >= TRIES_PER_MUTANT) {
                        return null;
                    }
                    Answers before = unchangedAnswers.computeIfAbsent(input, in -> answers(unchanged, in));
                    if (before.refused() != null) {
                        continue;
                    }
                    Suggestion told = difference(input, before, answers(mutated, input));
                    if (told != null) {
                        return told;
                    }
                }
            }
        }
        return null;
    }

    private static Answers answers(CaseRunner runner, NearMiss input) {
        TestCase base = input.base().testCase();
        TestCase asked = TestCase.toAssess(base.name(), base.story(), base.profile(), base.assessedOn(), input.input());
        try {
            return Answers.of(runner.assess(asked));
        } catch (RuntimeException refused) {
            return Answers.refused(refused);
        }
    }

    /** What a case file could expect of {@code input} that the mutant does not give; null when nothing. */
    private static Suggestion difference(NearMiss input, Answers before, Answers after) {
        Map<String, String> output = new LinkedHashMap<>();
        if (after.refused() != null) {
            // The mutant cannot assess the case at all: any answer the case expects tells it apart.
            before.entries().forEach((key, text) -> {
                if (!key.contains(".")) {
                    output.put(key, text);
                }
            });
            return new Suggestion(input.base(), input.change(), input.input(), output, Set.of(), Set.of(), Set.of(), Set.of());
        }
        before.entries().forEach((key, text) -> {
            if (!text.equals(after.entries().get(key))) {
                output.put(key, text);
            }
        });
        after.entries().keySet().stream().filter(key -> !before.entries().containsKey(key)).forEach(key -> output.put(key, CaseRunner.ABSENT));
        Suggestion told = new Suggestion(input.base(), input.change(), input.input(), output,
                only(before.ruleIds(), after.ruleIds()), only(before.questions(), after.questions()),
                only(after.ruleIds(), before.ruleIds()), only(after.questions(), before.questions()));
        boolean nothing = output.isEmpty() && told.rules().isEmpty() && told.questions().isEmpty() && told.rulesAbsent().isEmpty()
                && told.questionsAbsent().isEmpty();
        return nothing ? null : told;
    }

    /** The members of {@code these} that {@code those} lacks. */
    private static Set<String> only(Set<String> these, Set<String> those) {
        Set<String> difference = new LinkedHashSet<>(these);
        difference.removeAll(those);
        return difference;
    }
}
