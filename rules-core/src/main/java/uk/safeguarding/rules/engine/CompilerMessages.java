package uk.safeguarding.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kie.api.builder.Message;

/**
 * Turns the rule compiler's messages into problems a rule author can act on: a rule file and a line. The
 * executable-model compiler reports some problems without a line, and errors in a rule's consequence against the
 * Java it generates; those are traced back to the DRL text they came from.
 */
final class CompilerMessages {

    private static final String GENERATED_SOURCE = "Java source of ";
    private static final Pattern GENERATED_FILE = Pattern.compile("([\\w/]+\\.java)");
    private static final String CONTEXT_CAST = "((org.kie.api.runtime.rule.RuleContext) drools)";

    private final List<RuleFile> files;
    private final Iterable<RuleInfo> rules;

    CompilerMessages(List<RuleFile> files, Iterable<RuleInfo> rules) {
        this.files = files;
        this.rules = rules;
    }

    List<RuleProblem> problems(List<Message> messages) {
        Map<String, String> generatedSources = messages.stream().filter(m -> m.getText().startsWith(GENERATED_SOURCE))
                .collect(Collectors.toMap(m -> generatedFile(m.getText()), m -> m.getText(), (a, b) -> a));
        List<RuleProblem> problems = new ArrayList<>();
        for (Message message : messages) {
            if (message.getText().startsWith(GENERATED_SOURCE)) {
                continue;
            }
            String path = relative(message.getPath());
            String text = message.getText().trim();
            RuleProblem problem = path != null && path.endsWith(".java")
                    ? fromGeneratedCode(text, generatedSources.get(generatedFile(path)), message.getLine())
                    : located(new RuleProblem(path, Math.max(0, message.getLine()), text));
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** A consequence's Java error: find the DRL line the failing generated line came from. */
    private RuleProblem fromGeneratedCode(String text, String source, int generatedLine) {
        if (source != null && generatedLine > 0) {
            String[] lines = source.split("\n");
            int index = generatedLine + sourceHeaderLines(lines) - 1;
            if (index >= 0 && index < lines.length) {
                String drlText = lines[index].replace(CONTEXT_CAST, "kcontext").trim();
                RuleProblem found = find(drlText, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return new RuleProblem(null, 0, "in a rule's consequence: " + text);
    }

    /** The message holding the generated source starts with one line of its own before the Java. */
    private static int sourceHeaderLines(String[] lines) {
        return lines.length > 0 && lines[0].startsWith(GENERATED_SOURCE) ? 1 : 0;
    }

    /** A problem reported without a line: take the line of the expression it quotes, or else of the rule it names. */
    private RuleProblem located(RuleProblem problem) {
        if (problem.line() > 0 || problem.file() == null) {
            return problem;
        }
        int colon = problem.message().lastIndexOf(": ");
        RuleProblem found = colon < 0 ? null : find(problem.message().substring(colon + 2).trim(), problem.message());
        if (found != null && found.file().equals(problem.file())) {
            return found;
        }
        for (RuleInfo rule : rules) {
            if (rule.file().equals(problem.file()) && problem.message().contains(rule.name())) {
                return new RuleProblem(problem.file(), rule.line(), problem.message());
            }
        }
        return problem;
    }

    private RuleProblem find(String snippet, String message) {
        if (snippet.length() < 3) {
            return null;
        }
        for (RuleFile file : files) {
            int at = file.content().indexOf(snippet);
            if (at >= 0) {
                return new RuleProblem(file.path(), 1 + (int) file.content().substring(0, at).chars().filter(c -> c == '\n').count(), message);
            }
        }
        return null;
    }

    private static String generatedFile(String text) {
        Matcher matcher = GENERATED_FILE.matcher(text);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return last == null ? text : last.substring(last.lastIndexOf('/', last.lastIndexOf('/') - 1) + 1);
    }

    /** The path as the rule author knows it ("national/x.drl"), whichever prefix the compiler reports. */
    static String relative(String path) {
        if (path == null) {
            return null;
        }
        String packageRoot = CompiledRules.DRL_ROOT.substring("src/main/resources/".length());
        int root = path.indexOf(packageRoot);
        return root >= 0 ? path.substring(root + packageRoot.length()) : path;
    }
}
