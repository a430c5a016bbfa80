package uk.safeguarding.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import uk.safeguarding.rules.calendar.Timescales;
import uk.safeguarding.rules.facts.ThresholdsTable;
import uk.safeguarding.rules.guidance.GuidanceStatements;
import uk.safeguarding.rules.parameters.ParameterException;

/**
 * Compiles and validates rule sets. Loading either returns a complete rule set or throws {@link RuleSetException}
 * listing every problem with its file and line: a rule that does not compile, a rule whose metadata is
 * incomplete (a stable id, unique; guidance ids that exist in the digest; a citation; a sentence for a name), or a
 * parameter file that cannot be read.
 */
public final class RuleSets {

    private static final Pattern SENTENCE = Pattern.compile("[A-Z][^.!?]*\\S(\\s+\\S+){3,}");

    private RuleSets() {
    }

    public static RuleSet load(RuleSource source) {
        return loaded(check(source, List.of()));
    }

    /**
     * The rule set of {@code source}, checked as {@link #load} checks it, with {@code variants} beside it: rule files
     * compiled on their own (and cached like the rule set), whose rules stand in for rules of the set. A variant keeps
     * the id and metadata of the rule it stands in for, so it is not checked again, and it needs a name of its own. The
     * rule set's own compilation is reused, so only the variants are compiled. For trying changes to rules without
     * recompiling the rule set (mutation testing): an assessor chooses which rules fire
     * ({@link uk.safeguarding.rules.assessment.Assessor#firingOnly}). Never for serving.
     */
    public static RuleSet loadWithVariants(RuleSource source, List<RuleFile> variants) {
        return loaded(check(source, variants));
    }

    private static RuleSet loaded(Checked checked) {
        if (!checked.problems().isEmpty()) {
            throw new RuleSetException("The rule set has problems", checked.problems());
        }
        return checked.ruleSet();
    }

    /**
     * Every problem with a rule set: parse errors, incomplete metadata and compilation errors together, as policy
     * staff want them before a change goes live. Empty when the rule set would load.
     */
    public static List<RuleProblem> problems(RuleSource source) {
        return check(source, List.of()).problems();
    }

    /** The rules of a source as their files describe them, without compiling: for catalogues and coverage. */
    public static List<RuleInfo> describe(RuleSource source) {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleInfo> rules = source.read().stream().filter(RuleFile::isRules)
                .flatMap(file -> RuleReader.read(file, problems).stream()).toList();
        if (!problems.isEmpty()) {
            throw new RuleSetException("The rule files cannot be read", problems);
        }
        return rules;
    }

    private record Checked(RuleSet ruleSet, List<RuleProblem> problems) {
    }

    private static Checked check(RuleSource source, List<RuleFile> variants) {
        List<RuleFile> files = source.read();
        List<RuleFile> ruleFiles = files.stream().filter(RuleFile::isRules).toList();
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (RuleFile file : ruleFiles) {
            for (RuleInfo rule : RuleReader.read(file, problems)) {
                rules.put(rule.name(), rule);
            }
        }
        Map<String, RuleInfo> variantRules = new LinkedHashMap<>();
        variants.forEach(file -> RuleReader.read(file, problems).forEach(rule -> variantRules.put(rule.name(), rule)));
        boolean rulesUnreadable = !problems.isEmpty();
        ThresholdsTable thresholds = parameters(() -> ThresholdsTable.read(files), problems);
        Timescales timescales = parameters(() -> Timescales.read(files, source.profile()), problems);
        if (rulesUnreadable) {
            return new Checked(null, problems);
        }
        problems.addAll(metadataProblems(rules.values(), GuidanceStatements.load()));
        List<CompiledRules> variantPart = new ArrayList<>();
        if (!variants.isEmpty()) {
            CompiledRules.Compilation compiledVariants = cachedOrCompiled(sha256(buildIdentity() + "\n" + contentHash(variants)),
                    "variants", variants, variantRules.values(), true);
            problems.addAll(compiledVariants.problems());
            if (compiledVariants.problems().isEmpty()) {
                variantPart.add(compiledVariants.rules());
                rules.putAll(variantRules);
            }
        }
        // Compiled even with other problems, so that every problem is listed at once.
        Compiled compiled = compile(source, ruleFiles, rules.values(), variantPart);
        problems.addAll(compiled.problems());
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new RuleSet(compiled.kieBase(), source.origin(), source.profile(),
                productVersion() + "+" + source.profile(), contentHash(files), files, rules, thresholds, timescales), List.of());
    }

    /** Reads parameters, or adds the problem (with its file and line) that stops them being read. */
    private static <T> T parameters(Supplier<T> reading, List<RuleProblem> problems) {
        try {
            return reading.get();
        } catch (ParameterException problem) {
            problems.add(problem.problem());
            return null;
        }
    }

    /** Metadata problems, as the validate command and the loader report them. */
    static List<RuleProblem> metadataProblems(Iterable<RuleInfo> rules, GuidanceStatements guidance) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        for (RuleInfo rule : rules) {
            String where = "rule \"" + rule.name() + "\" ";
            if (rule.id() == null) {
                problems.add(new RuleProblem(rule.file(), rule.line(), where + "has no @id(...)"));
            } else {
                RuleInfo earlier = byId.putIfAbsent(rule.id(), rule);
                if (earlier != null) {
                    problems.add(new RuleProblem(rule.file(), rule.line(), where + "repeats the id \"" + rule.id()
                            + "\" of rule \"" + earlier.name() + "\" (" + earlier.file() + ":" + earlier.line() + ")"));
                }
            }
            if (rule.guidance().isEmpty()) {
                problems.add(new RuleProblem(rule.file(), rule.line(), where + "has no @guidance(...) naming the guidance statements it encodes"));
            }
            rule.guidance().stream().filter(id -> !guidance.contains(id)).forEach(id -> problems.add(new RuleProblem(
                    rule.file(), rule.line(), where + "names guidance id \"" + id + "\", which is not in the guidance digest")));
            if (rule.citation() == null) {
                problems.add(new RuleProblem(rule.file(), rule.line(), where + "has no @citation(...) of its primary source"));
            }
            if (!SENTENCE.matcher(rule.name()).matches()) {
                problems.add(new RuleProblem(rule.file(), rule.line(), where
                        + "needs a name that reads as a sentence (a capital letter, at least four words, no full stop)"));
            }
            boolean inLocalFile = rule.file().startsWith("local/");
            String fileProfile = inLocalFile ? rule.file().substring("local/".length()).replace(".drl", "") : null;
            if (inLocalFile && !fileProfile.equals(rule.profile())) {
                problems.add(new RuleProblem(rule.file(), rule.line(), where + "is in a local profile's file and needs @profile(\""
                        + fileProfile + "\")"));
            }
            if (!inLocalFile && rule.profile() != null) {
                problems.add(new RuleProblem(rule.file(), rule.line(), where + "is a national rule but has @profile(...)"));
            }
        }
        return problems;
    }

    private record Compiled(KieBase kieBase, List<RuleProblem> problems) {

        static Compiled failed(List<RuleProblem> problems) {
            return new Compiled(null, problems);
        }
    }

    /**
     * The rule set's knowledge base, compiled or loaded from a compilation cached by the fingerprint of the rules
     * directory. The national rules are compiled once and a local profile's file on its own, added to them; a profile
     * file that only compiles together with the national rules (it uses something they declare) is compiled with them.
     */
    private static Compiled compile(RuleSource source, List<RuleFile> files, Collection<RuleInfo> rules, List<CompiledRules> variants) {
        String fingerprint = sha256(buildIdentity() + "\n" + source.fingerprint());
        List<RuleFile> national = source.isLocalProfile() ? files.subList(0, files.size() - 1) : files;
        try {
            return withVariants(assemble(source, fingerprint, files, national, rules, true), variants);
        } catch (IllegalStateException | LinkageError stale) {
            // A cached compilation that no longer loads against this code: compile afresh, and replace it.
            return withVariants(assemble(source, fingerprint, files, national, rules, false), variants);
        }
    }

    /** The knowledge base of the rule set's compiled parts, and of the variants compiled beside them if there are any. */
    private static Compiled withVariants(Parts parts, List<CompiledRules> variants) {
        if (!parts.problems().isEmpty()) {
            return Compiled.failed(parts.problems());
        }
        List<CompiledRules> all = new ArrayList<>(parts.parts());
        all.addAll(variants);
        return new Compiled(CompiledRules.kieBase(all), List.of());
    }

    /** The compiled parts of a rule set (the national rules, a profile's), or the problems that stop it compiling. */
    private record Parts(List<CompiledRules> parts, List<RuleProblem> problems) {

        static Parts of(CompiledRules... parts) {
            return new Parts(List.of(parts), List.of());
        }

        static Parts failed(List<RuleProblem> problems) {
            return new Parts(List.of(), problems);
        }
    }

    private static Parts assemble(RuleSource source, String fingerprint, List<RuleFile> files, List<RuleFile> national,
                                     Collection<RuleInfo> rules, boolean useCache) {
        CompiledRules.Compilation nationalPart = cachedOrCompiled(fingerprint, RuleSource.NATIONAL, national, rules, useCache);
        if (!nationalPart.problems().isEmpty()) {
            return Parts.failed(nationalPart.problems());
        }
        if (!source.isLocalProfile()) {
            return Parts.of(nationalPart.rules());
        }
        String profileKey = fingerprint + "-" + source.profile();
        String wholeKey = profileKey + "-with-national";
        Optional<CompiledRules> cachedProfile = useCache ? CompiledRulesCache.find(profileKey) : Optional.empty();
        if (cachedProfile.isPresent()) {
            return Parts.of(nationalPart.rules(), cachedProfile.get());
        }
        Optional<CompiledRules> cachedWhole = useCache ? CompiledRulesCache.find(wholeKey) : Optional.empty();
        if (cachedWhole.isPresent()) {
            return Parts.of(cachedWhole.get());
        }
        CompiledRules.Compilation profileAlone = CompiledRules.compile(source.profile(), List.of(files.get(files.size() - 1)), rules);
        if (profileAlone.problems().isEmpty()) {
            CompiledRulesCache.store(profileKey, profileAlone.rules());
            return Parts.of(nationalPart.rules(), profileAlone.rules());
        }
        CompiledRules.Compilation whole = CompiledRules.compile(source.profile() + "-with-national", files, rules);
        if (!whole.problems().isEmpty()) {
            return Parts.failed(whole.problems());
        }
        CompiledRulesCache.store(wholeKey, whole.rules());
        return Parts.of(whole.rules());
    }

    private static CompiledRules.Compilation cachedOrCompiled(String fingerprint, String part, List<RuleFile> files,
                                                              Collection<RuleInfo> rules, boolean useCache) {
        String key = fingerprint + "-" + part;
        Optional<CompiledRules> cached = useCache ? CompiledRulesCache.find(key) : Optional.empty();
        if (cached.isPresent()) {
            return new CompiledRules.Compilation(cached.get(), List.of());
        }
        CompiledRules.Compilation compiled = CompiledRules.compile(part, files, rules);
        if (compiled.problems().isEmpty()) {
            CompiledRulesCache.store(key, compiled.rules());
        }
        return compiled;
    }

    /** The code the rules are compiled against: a compilation cached by another build of it is not used. */
    private static String buildIdentity() {
        Properties build = versionProperties();
        return build.getProperty("version", "unknown") + "@" + build.getProperty("built", "unknown");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one content hash of a rule set: over every file's path and text, rule files and parameter files alike. */
    public static String contentHash(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String productVersion() {
        return versionProperties().getProperty("version", "unknown");
    }

    private static Properties versionProperties() {
        try (InputStream in = RuleSets.class.getClassLoader().getResourceAsStream("safeguarding-rules-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
