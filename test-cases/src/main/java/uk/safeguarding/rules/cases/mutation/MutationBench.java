package uk.safeguarding.rules.cases.mutation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import uk.safeguarding.rules.engine.RuleFile;
import uk.safeguarding.rules.engine.RuleProblem;
import uk.safeguarding.rules.engine.RuleSet;
import uk.safeguarding.rules.engine.RuleSetException;
import uk.safeguarding.rules.engine.RuleSets;
import uk.safeguarding.rules.engine.RuleSource;

/**
 * A rule set with every mutant of the rules chosen compiled once beside it, as variant rules
 * ({@link RuleSets#loadWithVariants}): the rule set's own compilation is reused, so only the mutants are compiled. One
 * mutant is tried at a time: its variants are let through a gate ({@link MutationGate}) and an assessor keeps the
 * rules it changes from firing. A mutant of a rule whose conditions other rules
 * extend is a changed copy of each of those rules. A mutant whose text does not compile is set aside and the rest
 * compiled again, so one unlucky change never stops the run.
 */
final class MutationBench {

    private static final Pattern RULE = Pattern.compile("(?ms)^rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\".*?^end\\b");
    private static final Pattern HEADER = Pattern.compile("^rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"(\\s+extends\\s+\"((?:[^\"\\\\]|\\\\.)*)\")?");
    private static final Pattern ID = Pattern.compile("@id\\(\\s*\"([^\"]*)\"");
    private static final Pattern WHEN = Pattern.compile("(?m)^[ \\t]*when[ \\t]*$");
    private static final Pattern THEN = Pattern.compile("(?m)^[ \\t]*then[ \\t]*$");
    private static final String VARIANTS = "mutants/";
    private static final int ATTEMPTS = 5;
    private static final int VARIANTS_PER_BENCH = 150;

    /**
     * One mutant in the bench.
     *
     * @param replaces the rules it stands in for: the rule changed and any rule extending it
     * @param variants the names of its variant rules in the bench
     */
    record Switched(Mutant mutant, Set<String> replaces, Set<String> variants) {
    }

    /** One rule as its file has it. */
    private record Rule(String name, String id, String parent, String file, int line, String text) {
    }

    private final RuleSet ruleSet;
    private final List<Switched> mutants;
    private final List<Mutant> notCompiled;

    private MutationBench(RuleSet ruleSet, List<Switched> mutants, List<Mutant> notCompiled) {
        this.ruleSet = ruleSet;
        this.mutants = mutants;
        this.notCompiled = notCompiled;
    }

    RuleSet ruleSet() {
        return ruleSet;
    }

    List<Switched> mutants() {
        return mutants;
    }

    List<Mutant> notCompiled() {
        return notCompiled;
    }

    /** Whether a rule of the bench is a mutant's variant, which fires only when its mutant is tried. */
    boolean isVariant(String ruleName) {
        return ruleName.endsWith("]") && ruleName.contains(" [mutant ");
    }

    /**
     * The benches for {@code source}, with the mutants of the rules chosen by file and id. Every variant's conditions are
     * tested as facts go in, tried or not, so the mutants are spread over benches of at most {@value #VARIANTS_PER_BENCH}
     * variant rules each: an assessment then costs little more than on the rule set alone. Each bench is built and
     * handed to {@code judge} in turn, so only one is held at a time.
     */
    static void build(RuleSource source, Predicate<String> mutateFile, Predicate<String> mutateRule, Consumer<MutationBench> judge) {
        List<RuleFile> files = source.read();
        Map<String, Rule> rules = rules(files);
        List<Set<String>> chunks = new ArrayList<>();
        int variantsInChunk = VARIANTS_PER_BENCH;
        for (Rule rule : rules.values()) {
            if (!mutateFile.test(rule.file()) || !mutateRule.test(rule.id())) {
                continue;
            }
            int variants = Mutator.edits(rule.text()).size() * Math.max(1, extending(rule, rules).size());
            if (variantsInChunk + variants > VARIANTS_PER_BENCH) {
                chunks.add(new LinkedHashSet<>());
                variantsInChunk = 0;
            }
            chunks.get(chunks.size() - 1).add(rule.name());
            variantsInChunk += variants;
        }
        int firstNumber = 0;
        for (Set<String> chunk : chunks) {
            MutationBench bench = build(source, files, rules, chunk, firstNumber);
            firstNumber += bench.mutants().size() + bench.notCompiled().size();
            judge.accept(bench);
        }
    }

    private static MutationBench build(RuleSource source, List<RuleFile> files, Map<String, Rule> rules, Set<String> chosen,
                                       int firstNumber) {
        Set<Integer> excluded = new HashSet<>();
        List<Mutant> notCompiled = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            Layout layout = layout(files, rules, chosen, firstNumber, excluded, notCompiled);
            if (layout.switched().isEmpty()) {
                return new MutationBench(RuleSets.load(source), List.of(), notCompiled);
            }
            try {
                return new MutationBench(RuleSets.loadWithVariants(source, layout.files()), layout.switched(), notCompiled);
            } catch (RuleSetException refused) {
                List<Switched> culprits = layout.culprits(refused.problems());
                if (culprits.isEmpty() || attempt == ATTEMPTS) {
                    throw refused;
                }
                culprits.forEach(culprit -> {
                    excluded.add(culprit.mutant().number());
                    notCompiled.add(culprit.mutant());
                });
            }
        }
    }

    /** The rules that extend {@code rule}: a change to its conditions is a change to each of them. */
    private static List<Rule> extending(Rule rule, Map<String, Rule> rules) {
        return rules.values().stream().filter(other -> rule.name().equals(other.parent())).toList();
    }

    private static Map<String, Rule> rules(List<RuleFile> files) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (RuleFile file : files) {
            if (!file.isRules()) {
                continue;
            }
            Matcher rule = RULE.matcher(file.content());
            while (rule.find()) {
                Matcher header = HEADER.matcher(rule.group());
                header.lookingAt();
                Matcher id = ID.matcher(rule.group());
                rules.put(rule.group(1), new Rule(rule.group(1), id.find() ? id.group(1) : rule.group(1), header.group(3),
                        file.path(), lineAt(file.content(), rule.start()), rule.group()));
            }
        }
        return rules;
    }

    /** The variant files and where each mutant's rules lie in them. */
    private record Layout(List<RuleFile> files, List<Switched> switched, Map<Integer, String> fileOf, Map<Integer, int[]> linesOf) {

        List<Switched> culprits(List<RuleProblem> problems) {
            return switched.stream().filter(candidate -> problems.stream().anyMatch(problem -> {
                int[] lines = linesOf.get(candidate.mutant().number());
                return fileOf.get(candidate.mutant().number()).equals(problem.file())
                        && problem.line() >= lines[0] && problem.line() <= lines[1];
            })).toList();
        }
    }

    private static Layout layout(List<RuleFile> files, Map<String, Rule> rules, Set<String> chosen, int firstNumber,
                                 Set<Integer> excluded, List<Mutant> notParsed) {
        Map<String, StringBuilder> variantFiles = new LinkedHashMap<>();
        List<Switched> switched = new ArrayList<>();
        Map<Integer, String> fileOf = new LinkedHashMap<>();
        Map<Integer, int[]> linesOf = new LinkedHashMap<>();
        Map<String, String> headers = headers(files);
        int number = firstNumber;
        for (Rule rule : rules.values()) {
            if (!chosen.contains(rule.name())) {
                continue;
            }
            List<Rule> extending = extending(rule, rules);
            for (Mutator.Edit edit : Mutator.edits(rule.text())) {
                int mutantNumber = number++;
                String changed = rule.text().substring(0, edit.start()) + edit.replacement() + rule.text().substring(edit.end());
                Mutant mutant = new Mutant(mutantNumber, rule.id(), rule.name(), rule.file(),
                        rule.line() + lineAt(rule.text(), edit.start()) - 1, edit.change());
                if (excluded.contains(mutantNumber)) {
                    continue;
                }
                // A rule others extend concludes nothing itself: the change shows in the rules that extend it.
                Map<Rule, String> variants = new LinkedHashMap<>();
                if (extending.isEmpty()) {
                    variants.put(rule, flattened(changed, rules));
                } else {
                    extending.forEach(child -> variants.put(child, inlined(child.text(), changed)));
                }
                Set<String> replaces = new LinkedHashSet<>(List.of(rule.name()));
                Set<String> names = new LinkedHashSet<>();
                List<String> texts = new ArrayList<>();
                variants.forEach((original, text) -> {
                    String name = original.name() + " [mutant " + mutantNumber + "]";
                    replaces.add(original.name());
                    names.add(name);
                    texts.add(gated(renamed(text, name), mutantNumber));
                });
                String variantFile = VARIANTS + rule.file();
                String header = headers.get(rule.file());
                if (!texts.stream().allMatch(text -> parses(header + text))) {
                    excluded.add(mutantNumber);
                    notParsed.add(mutant);
                    continue;
                }
                StringBuilder content = variantFiles.computeIfAbsent(variantFile, path -> new StringBuilder(header));
                int firstLine = lineAt(content.toString(), content.length()) + 2;
                texts.forEach(text -> content.append("\n\n").append(text));
                linesOf.put(mutantNumber, new int[] {firstLine, lineAt(content.toString(), content.length())});
                fileOf.put(mutantNumber, variantFile);
                switched.add(new Switched(mutant, replaces, names));
            }
        }
        List<RuleFile> bench = new ArrayList<>();
        variantFiles.forEach((path, content) -> bench.add(new RuleFile(path, content.append('\n').toString())));
        return new Layout(bench, switched, fileOf, linesOf);
    }

    /** Each rule file's text before its first rule: the package, imports and comments its rules need. */
    private static Map<String, String> headers(List<RuleFile> files) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (RuleFile file : files) {
            if (file.isRules()) {
                Matcher first = RULE.matcher(file.content());
                headers.put(file.path(), first.find() ? file.content().substring(0, first.start()) : file.content());
            }
        }
        return headers;
    }

    /** A rule that extends another, written out whole: compiled apart from the rule set, it cannot extend a rule in it. */
    private static String flattened(String text, Map<String, Rule> rules) {
        Matcher header = HEADER.matcher(text);
        if (!header.lookingAt() || header.group(3) == null || !rules.containsKey(header.group(3))) {
            return text;
        }
        return inlined(text, flattened(rules.get(header.group(3)).text(), rules));
    }

    /** {@code child} without its "extends", with {@code parent}'s conditions before its own. */
    private static String inlined(String child, String parent) {
        Matcher header = HEADER.matcher(child);
        header.lookingAt();
        String withoutExtends = child.substring(0, header.start(2) < 0 ? header.end() : header.start(2)) + child.substring(header.end());
        Matcher parentWhen = WHEN.matcher(parent);
        Matcher parentThen = THEN.matcher(parent);
        Matcher childWhen = WHEN.matcher(withoutExtends);
        if (!parentWhen.find() || !parentThen.find(parentWhen.end()) || !childWhen.find()) {
            return withoutExtends;
        }
        return withoutExtends.substring(0, childWhen.end()) + parent.substring(parentWhen.end(), parentThen.start())
                + withoutExtends.substring(childWhen.end() + 1);
    }

    /** The variant with a first condition that holds only while its mutant is tried ({@link MutationGate}). */
    private static String gated(String text, int mutant) {
        Matcher when = WHEN.matcher(text);
        if (!when.find()) {
            return text;
        }
        return text.substring(0, when.end()) + "\n    Thresholds( " + MutationGate.class.getName() + ".open(" + mutant + ") )"
                + text.substring(when.end());
    }

    private static String renamed(String text, String name) {
        Matcher header = HEADER.matcher(text);
        header.lookingAt();
        return text.substring(0, header.start(1)) + name + text.substring(header.end(1));
    }

    /** A mutant that does not even parse is set aside before compiling, since a parse error may not name its line. */
    private static boolean parses(String drl) {
        DrlParser parser = new DrlParser();
        try {
            parser.parse(false, drl);
        } catch (DroolsParserException e) {
            return false;
        }
        return !parser.hasErrors();
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
