package uk.safeguarding.rules.engine;

/**
 * Something wrong with a rule file: a compilation error or a rule whose metadata is incomplete.
 *
 * @param file relative path of the rule file, or null for a problem with the rule set as a whole
 * @param line line in that file, or 0 when not known
 */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        if (file == null) {
            return message;
        }
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
