package uk.safeguarding.rules.engine;

import java.util.List;
import uk.safeguarding.rules.conclusion.Conclusion;
import uk.safeguarding.rules.conclusion.Note;
import uk.safeguarding.rules.conclusion.Reason;
import uk.safeguarding.rules.conclusion.TimescaleRequest;

/**
 * What the rules concluded for one case: the conclusions, notes and timescales standing when the rules stopped, the
 * facts they were given, and every rule that fired on the way (some of whose conclusions may since have been
 * withdrawn by later facts).
 */
public record Evaluation(List<Object> facts, List<Conclusion> conclusions, List<Reason> reasons, List<Note> notes,
                         List<TimescaleRequest> timescales, List<String> firedRules) {

    public Evaluation {
        facts = List.copyOf(facts);
        conclusions = List.copyOf(conclusions);
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
        timescales = List.copyOf(timescales);
        firedRules = List.copyOf(firedRules);
    }
}
