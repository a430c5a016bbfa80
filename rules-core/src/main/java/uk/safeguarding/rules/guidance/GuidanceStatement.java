package uk.safeguarding.rules.guidance;

/**
 * One rule-relevant statement of the guidance, as digested in shared/guidance.md.
 *
 * @param place where it comes from in the source documents (seed file and section)
 */
public record GuidanceStatement(String id, String group, String groupTitle, String text, String place) {
}
