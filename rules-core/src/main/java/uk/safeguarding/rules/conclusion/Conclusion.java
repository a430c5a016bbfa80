package uk.safeguarding.rules.conclusion;

/**
 * What the rules have concluded, once per topic, item and outcome, however many rules concluded it. Rules insert it
 * logically: if several rules conclude the same thing, the engine keeps one conclusion justified by all of them, and
 * withdraws it only when none of them holds any more. Why it was concluded is in the {@link Reason}s.
 *
 * @param item for itemised topics (a criterion "iii", a process "domesticHomicideReview"), otherwise null
 */
public record Conclusion(Topic topic, String item, Outcome outcome) {
}
