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

    public boolean supports(Conclusion conclusion) {
        return topic == conclusion.topic() && java.util.Objects.equals(item, conclusion.item()) && outcome == conclusion.outcome();
    }
}
