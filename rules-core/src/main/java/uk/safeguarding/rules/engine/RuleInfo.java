package uk.safeguarding.rules.engine;

import java.util.List;

/**
 * What a rule says about itself, read from its file: the sentence that is its name, its metadata, and the case facts
 * its conditions test (so explanations can show them without the author listing them twice).
 *
 * @param profile null for a national rule, the profile name for a local one
 * @param facts   dotted paths of the case facts the rule's conditions test, in order of first mention
 * @param parent  the name of the rule whose conditions this one extends (a condition declared once), or null
 */
public record RuleInfo(String name, String id, List<String> guidance, String citation, String file, int line,
                       String profile, List<String> facts, String parent) {

    public RuleInfo {
        guidance = List.copyOf(guidance);
        facts = List.copyOf(facts);
    }

    public boolean isLocal() {
        return profile != null;
    }
}
