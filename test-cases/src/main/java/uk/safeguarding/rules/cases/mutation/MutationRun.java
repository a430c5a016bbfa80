package uk.safeguarding.rules.cases.mutation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import uk.safeguarding.rules.assessment.Assessor;
import uk.safeguarding.rules.assessment.Assessors;
import uk.safeguarding.rules.calendar.WorkingDayCalendar;
import uk.safeguarding.rules.cases.AssessmentIndex;
import uk.safeguarding.rules.cases.CaseFile;
import uk.safeguarding.rules.cases.CaseResult;
import uk.safeguarding.rules.cases.CaseRunner;
import uk.safeguarding.rules.cases.RuleSources;
import uk.safeguarding.rules.engine.RuleSets;
import uk.safeguarding.rules.engine.RuleSource;

/**
 * Would the regression cases catch a mistake? Each rule is changed in small, realistic ways (see {@link Mutator}) and
 * the cases are run against each change. A mutant is noticed when some case no longer gets the answers its file
 * expects, or cannot be assessed at all (the rule set refuses to run, for example two rules now conflict). A mutant
 * listed as equivalent (it cannot change any answer) is left out of the score.
 */
public final class MutationRun {

    public enum Verdict { NOTICED, UNNOTICED, EQUIVALENT, DOES_NOT_COMPILE }

    /**
     * @param detail     the case that noticed it, or why it is equivalent, or empty
     * @param suggestion for an unnoticed mutant when suggestions were asked for: a case or near miss that would notice
     *                   it, or null when none was found
     */
    public record Result(Mutant mutant, Verdict verdict, String detail, Suggestion suggestion) {

        Result(Mutant mutant, Verdict verdict, String detail) {
            this(mutant, verdict, detail, null);
        }
    }

    private final List<Result> results;
    private final List<String> casesFailingUnchanged;

    private MutationRun(List<Result> results, List<String> casesFailingUnchanged) {
        this.results = List.copyOf(results);
        this.casesFailingUnchanged = List.copyOf(casesFailingUnchanged);
    }

    public List<Result> results() {
        return results;
    }

    /** Cases that fail even without a mutant: they cannot judge mutants, and are reported. */
    public List<String> casesFailingUnchanged() {
        return casesFailingUnchanged;
    }

    public long count(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** Noticed mutants as a share of those that count: noticed and unnoticed. */
    public double score() {
        long counted = count(Verdict.NOTICED) + count(Verdict.UNNOTICED);
        return counted == 0 ? 1.0 : (double) count(Verdict.NOTICED) / counted;
    }

    /** "1012 of 1050 mutants noticed (96.4%); 12 equivalent, 5 do not compile". */
    public String summary() {
        long counted = count(Verdict.NOTICED) + count(Verdict.UNNOTICED);
        return String.format("%d of %d mutants noticed (%.1f%%); %d equivalent, %d do not compile", count(Verdict.NOTICED),
                counted, 100 * score(), count(Verdict.EQUIVALENT), count(Verdict.DOES_NOT_COMPILE));
    }

    /**
     * @param onlyRules  the ids of the rules to mutate alone, or empty for every rule
     * @param equivalent reasons by mutant key ({@link Mutant#key()}) for mutants that cannot change any answer
     * @param suggest    whether to look, for each unnoticed mutant, for a case or near miss that would notice it
     * @param progress   told as each bench of mutants is judged, since a whole run takes minutes
     */
    public static MutationRun run(RuleSources rules, List<CaseFile> cases, Set<String> onlyRules,
                                  Map<String, String> equivalent, boolean suggest, int threads, Consumer<String> progress) {
        Map<String, List<CaseFile>> byProfile = new TreeMap<>();
        cases.stream().filter(CaseFile::readable).forEach(file -> byProfile.computeIfAbsent(file.testCase().profile(), p -> new ArrayList<>()).add(file));
        List<Result> results = new ArrayList<>();
        // Each bench tries the same cases unchanged first, so a case failing there is named once.
        Set<String> failingUnchanged = new LinkedHashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            for (Map.Entry<String, List<CaseFile>> profile : byProfile.entrySet()) {
                // National rules are judged by the national cases; a local profile's rules by that profile's cases.
                String mutatedFile = RuleSource.NATIONAL.equals(profile.getKey()) ? "national/" : "local/" + profile.getKey() + ".drl";
                RuleSource source = rules.forProfile(profile.getKey());
                if (!onlyRules.isEmpty() && RuleSets.describe(source).stream()
                        .noneMatch(rule -> onlyRules.contains(rule.id()) && rule.file().startsWith(mutatedFile))) {
                    continue;
                }
                List<CaseFile> profileCases = profile.getValue();
                NearMissSearch search = suggest ? new NearMissSearch(profileCases) : null;
                long started = System.nanoTime();
                MutationBench.build(source, path -> path.startsWith(mutatedFile), id -> onlyRules.isEmpty() || onlyRules.contains(id), bench -> {
                    bench.notCompiled().forEach(m -> results.add(new Result(m, Verdict.DOES_NOT_COMPILE, "")));
                    results.addAll(judge(bench, profileCases, equivalent, search, failingUnchanged, pool));
                    progress.accept(String.format("%s: %d mutants judged after %.0f s", profile.getKey(), results.size(),
                            (System.nanoTime() - started) / 1e9));
                });
            }
        } finally {
            pool.shutdownNow();
        }
        results.sort(Comparator.comparing((Result r) -> r.mutant().file()).thenComparingInt(r -> r.mutant().line())
                .thenComparingInt(r -> r.mutant().number()));
        return new MutationRun(results, List.copyOf(failingUnchanged));
    }

    private static List<Result> judge(MutationBench bench, List<CaseFile> cases, Map<String, String> equivalent,
                                      NearMissSearch search, Set<String> failingUnchanged, ExecutorService pool) {
        Assessor assessor = Assessors.using(bench.ruleSet(), WorkingDayCalendar.englandAndWales(), Clock.systemUTC());
        CaseRunner unchanged = CaseRunner.forAssessor(assessor.firingOnly(name -> !bench.isVariant(name)));
        Map<CaseFile, Set<String>> exercised = new LinkedHashMap<>();
        for (CaseFile file : cases) {
            CaseResult result = unchanged.run(file);
            if (result.passed()) {
                exercised.put(file, new AssessmentIndex(result.assessment()).ruleIds());
            } else {
                failingUnchanged.add(file.name());
            }
        }
        List<Future<Result>> futures = new ArrayList<>();
        for (MutationBench.Switched switched : bench.mutants()) {
            Mutant mutant = switched.mutant();
            String reason = equivalent.get(mutant.key());
            if (reason != null) {
                futures.add(CompletableFuture.completedFuture(new Result(mutant, Verdict.EQUIVALENT, reason)));
                continue;
            }
            // The cases that exercise the rule are the likeliest to notice a change to it, so they go first.
            List<CaseFile> ordered = new ArrayList<>(exercised.keySet());
            ordered.sort(Comparator.comparing(file -> !exercised.get(file).contains(mutant.ruleId())));
            // The mutant's variants fire in place of the rules they change; no other variant fires.
            CaseRunner runner = CaseRunner.forAssessor(assessor.firingOnly(name -> bench.isVariant(name)
                    ? switched.variants().contains(name) : !switched.replaces().contains(name)));
            futures.add(pool.submit(() -> MutationGate.with(mutant.number(), () -> {
                for (CaseFile file : ordered) {
                    CaseResult result = runner.run(file);
                    if (!result.passed()) {
                        return new Result(mutant, Verdict.NOTICED, file.name() + ": " + result.firstFailure());
                    }
                }
                return new Result(mutant, Verdict.UNNOTICED, "", search == null ? null : search.find(ordered, unchanged, runner));
            })));
        }
        List<Result> results = new ArrayList<>();
        for (Future<Result> future : futures) {
            try {
                results.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a mutant could not be judged", e.getCause());
            }
        }
        return results;
    }
}
