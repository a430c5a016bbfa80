package uk.safeguarding.rules.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import uk.safeguarding.rules.facts.FactPaths;

/**
 * Reads rules' names, metadata and tested facts from DRL text. Metadata values are written {@code @id("N1a")} and
 * {@code @guidance("N1, N2")} (several ids in one string, comma-separated).
 */
final class RuleReader {

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern PROPERTY_CHAIN = Pattern.compile("(?<![\\w$.])([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)");

    private RuleReader() {
    }

    /** The rules in one file, or the parse problems that stop it being read. */
    static List<RuleInfo> read(RuleFile file, List<RuleProblem> problems) {
        DrlParser parser = new DrlParser();
        PackageDescr packageDescr;
        try {
            packageDescr = parser.parse(false, file.content());
        } catch (DroolsParserException e) {
            problems.add(new RuleProblem(file.path(), 0, e.getMessage()));
            return List.of();
        }
        if (parser.hasErrors() || packageDescr == null) {
            parser.getErrors().forEach(error -> problems.add(new RuleProblem(file.path(),
                    error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0, error.getMessage())));
            return List.of();
        }
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleDescr rule : packageDescr.getRules()) {
            Set<String> facts = new LinkedHashSet<>();
            collectFacts(rule.getLhs(), facts);
            rules.add(new RuleInfo(rule.getName(), metadata(rule, "id"), list(metadata(rule, "guidance")),
                    metadata(rule, "citation"), file.path(), rule.getLine(), metadata(rule, "profile"),
                    List.copyOf(facts), rule.getParentName()));
        }
        return rules;
    }

    private static String metadata(RuleDescr rule, String name) {
        AnnotationDescr annotation = rule.getAnnotation(name);
        if (annotation == null || annotation.getSingleValue() == null) {
            return null;
        }
        String value = annotation.getSingleValueAsString().trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value.isBlank() ? null : value.trim();
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static void collectFacts(BaseDescr descr, Set<String> facts) {
        if (descr instanceof PatternDescr pattern) {
            Optional<Class<?>> type = FactPaths.typeNamed(simpleName(pattern.getObjectType()));
            for (BaseDescr constraint : pattern.getDescrs()) {
                String expression = expression(constraint);
                if (type.isPresent() && expression != null) {
                    propertyChains(expression).forEach(chain -> FactPaths.pathOf(type.get(), chain).ifPresent(facts::add));
                }
            }
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                if (accumulate.getInput() != null) {
                    collectFacts(accumulate.getInput(), facts);
                }
            }
        } else if (descr instanceof ForallDescr forall) {
            forall.getDescrs().forEach(child -> collectFacts(child, facts));
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> collectFacts((BaseDescr) child, facts));
        }
    }

    private static String expression(BaseDescr constraint) {
        if (constraint instanceof ExprConstraintDescr expr) {
            return expr.getExpression();
        }
        if (constraint instanceof BindingDescr binding) {
            return binding.getExpression();
        }
        return null;
    }

    private static List<String> propertyChains(String expression) {
        Matcher matcher = PROPERTY_CHAIN.matcher(STRING_LITERAL.matcher(expression).replaceAll(""));
        List<String> chains = new ArrayList<>();
        while (matcher.find()) {
            chains.add(matcher.group(1));
        }
        return chains;
    }

    private static String simpleName(String objectType) {
        int dot = objectType.lastIndexOf('.');
        return dot < 0 ? objectType : objectType.substring(dot + 1);
    }
}
