package uk.safeguarding.rules.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import uk.safeguarding.rules.calendar.Timescales;
import uk.safeguarding.rules.facts.ThresholdsTable;

/**
 * A compiled, validated rule set: built once and shared. The knowledge base is thread-safe for creating sessions;
 * everything else here is immutable.
 *
 * @param version     the product version of the rules, plus the profile
 * @param contentHash SHA-256 of every file's path and text, rule files and parameter files alike, so two evaluations
 *                    can be shown to use the same rules and the same numbers
 * @param thresholds  the ages and durations the rules compare against, from the same directory as the rules
 * @param timescales  the timescales, national and the profile's, from the same directory as the rules
 */
public record RuleSet(KieBase kieBase, String origin, String profile, String version, String contentHash,
                      List<RuleFile> files, Map<String, RuleInfo> rulesByName, ThresholdsTable thresholds,
                      Timescales timescales) {

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
