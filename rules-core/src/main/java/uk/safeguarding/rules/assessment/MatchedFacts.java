package uk.safeguarding.rules.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.safeguarding.rules.engine.RuleInfo;
import uk.safeguarding.rules.facts.FactPaths;

/**
 * The facts a rule's conditions test, limited to the kinds of fact it actually matched this time: where a rule has
 * alternatives ("or"), only the alternative that held speaks for the case. That depends only on the rule and the types
 * of what it matched, so it is worked out once per pair for the life of an assessor and shared by its threads.
 */
final class MatchedFacts {

    private record Key(String rule, List<Class<?>> premiseTypes) {
    }

    private final Map<Key, List<String>> paths = new ConcurrentHashMap<>();

    List<String> of(RuleInfo rule, List<Object> premises) {
        List<Class<?>> types = new ArrayList<>(premises.size());
        for (Object premise : premises) {
            types.add(premise.getClass());
        }
        return paths.computeIfAbsent(new Key(rule.name(), types), key -> matched(rule, key.premiseTypes()));
    }

    private static List<String> matched(RuleInfo rule, List<Class<?>> premiseTypes) {
        List<String> prefixes = premiseTypes.stream().map(FactPaths::prefix).filter(java.util.Objects::nonNull).distinct().toList();
        return rule.facts().stream()
                .filter(path -> prefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + ".")))
                .toList();
    }
}
