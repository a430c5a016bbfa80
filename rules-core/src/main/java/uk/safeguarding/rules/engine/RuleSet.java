package uk.safeguarding.rules.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;

/**
 * A compiled, validated rule set: built once and shared. The knowledge base is thread-safe for creating sessions;
 * everything else here is immutable.
 *
 * @param version     the product version of the rules, plus the profile
 * @param contentHash SHA-256 of every rule file's path and text, so two evaluations can be shown to use the same rules
 */
public record RuleSet(KieBase kieBase, String origin, String profile, String version, String contentHash,
                      List<RuleFile> files, Map<String, RuleInfo> rulesByName) {

    public RuleSet {
        files = List.copyOf(files);
        rulesByName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rulesByName));
    }

    public Collection<RuleInfo> rules() {
        return rulesByName.values();
    }

    public Optional<RuleInfo> rule(String name) {
        return Optional.ofNullable(rulesByName.get(name));
    }

    public Optional<RuleInfo> ruleById(String id) {
        return rules().stream().filter(r -> id.equals(r.id())).findFirst();
    }
}
