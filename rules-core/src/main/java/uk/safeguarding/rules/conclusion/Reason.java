package uk.safeguarding.rules.conclusion;

import java.util.List;

/**
 * Why one rule concluded what it did for this case.
 *
 * @param basis    the force the guidance gives this conclusion: must, should or consider
 * @param because  a sentence about this case, not a generic one
 * @param rule     the name of the rule that gave the reason
 * @param premises the facts and conclusions the rule matched
 */
public record Reason(Topic topic, String item, Outcome outcome, Basis basis, String because, String rule,
                     List<Object> premises) {

    public Reason {
        premises = List.copyOf(premises);
    }

    /**
     * Without the premises: they are whole case records, slow to hash, and truth maintenance hashes every reason it is
     * given. Reasons equal in all else but their premises are rare (one rule matching twice for the same sentence), so
     * leaving them out costs a few more calls of equals, never a wrong answer.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(topic, item, outcome, basis, because, rule);
    }

    public boolean supports(Conclusion conclusion) {
        return topic == conclusion.topic() && java.util.Objects.equals(item, conclusion.item()) && outcome == conclusion.outcome();
    }
}
