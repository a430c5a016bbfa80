package uk.safeguarding.rules.conclusion;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "YES: it applies. NO: it does not apply. CONSIDER: the guidance leaves this to the safeguarding "
        + "partners' judgement; the factors are listed. UNDETERMINED: facts are missing; the questions that would settle it are listed.")
public enum Outcome {
    YES, NO, CONSIDER, UNDETERMINED
}
