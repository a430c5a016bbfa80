package uk.safeguarding.rules.cases.mutation;

/**
 * One small, realistic change to one rule, as a policy officer might make by mistake.
 *
 * @param number   unique within a run: the variant rules that carry the change are named after it
 * @param ruleId   the id of the rule it changes
 * @param ruleName the name of the rule it changes
 * @param file     the rule file, relative to the rules directory
 * @param line     the line of the change in that file
 * @param change   what was changed, in words: {@code flip a comparison: "years < $limit" becomes "years <= $limit"}
 */
public record Mutant(int number, String ruleId, String ruleName, String file, int line, String change) {

    /** How the mutant is named in reports and in the equivalent-mutants file: the rule id and the change. */
    public String key() {
        return ruleId + ": " + change;
    }
}
