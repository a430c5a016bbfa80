package uk.safeguarding.rules.cases;

import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.rules.engine.RuleInfo;
import uk.safeguarding.rules.engine.RuleSets;
import uk.safeguarding.rules.engine.RuleSource;

/** Every rule a rules source holds: the national rules and each local profile's own, read from the files. */
public final class RuleInventory {

    private RuleInventory() {
    }

    public static List<RuleInfo> of(RuleSources rules) {
        RuleSource national = rules.forProfile(RuleSource.NATIONAL);
        List<RuleInfo> all = new ArrayList<>(RuleSets.describe(national));
        for (String profile : national.localProfiles()) {
            RuleSets.describe(rules.forProfile(profile)).stream().filter(RuleInfo::isLocal).forEach(all::add);
        }
        return all;
    }
}
