package uk.safeguarding.rules.engine;

/**
 * One rule file's text.
 *
 * @param path relative to the rules root, with forward slashes: "national/serious-case.drl"
 */
public record RuleFile(String path, String content) {
}
