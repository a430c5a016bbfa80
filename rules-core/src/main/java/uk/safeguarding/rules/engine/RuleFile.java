package uk.safeguarding.rules.engine;

/**
 * One file of a rule set: a rule file (DRL) or a parameter file (the dated numbers the rules read, YAML).
 *
 * @param path relative to the rules root, with forward slashes: "national/serious-case.drl", "parameters/timescales.yaml"
 */
public record RuleFile(String path, String content) {

    /** True for a DRL file; false for a parameter file. */
    public boolean isRules() {
        return path.endsWith(".drl");
    }
}
