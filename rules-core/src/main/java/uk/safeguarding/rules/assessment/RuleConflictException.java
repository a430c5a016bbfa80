package uk.safeguarding.rules.assessment;

/**
 * The rules concluded two different outcomes for the same question: a defect in the rule set, never in the case. The
 * regression corpus and the rule-consistency tests exist to keep this from reaching users.
 */
public class RuleConflictException extends RuntimeException {

    public RuleConflictException(String message) {
        super(message);
    }
}
