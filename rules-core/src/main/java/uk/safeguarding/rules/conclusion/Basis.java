package uk.safeguarding.rules.conclusion;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The force of a verdict or an action, kept as the guidance words it: "must", "should" or "consider".
 */
@Schema(description = "How strong the obligation is, in the guidance's own words: DUTY means the law or statutory "
        + "guidance says \"must\"; EXPECTED means it says \"should\" (expected practice); JUDGEMENT means it says "
        + "\"consider\" or \"have regard to\", leaving the decision to the safeguarding partners.")
public enum Basis {
    DUTY("must"),
    EXPECTED("should"),
    JUDGEMENT("consider");

    private final String guidanceWord;

    Basis(String guidanceWord) {
        this.guidanceWord = guidanceWord;
    }

    /** The word the guidance uses for this force, for plain-language rendering. */
    public String guidanceWord() {
        return guidanceWord;
    }
}
