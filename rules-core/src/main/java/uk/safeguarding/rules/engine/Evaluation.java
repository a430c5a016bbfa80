package uk.safeguarding.rules.engine;

import java.util.List;
import uk.safeguarding.rules.conclusion.Conclusion;
import uk.safeguarding.rules.conclusion.Note;
import uk.safeguarding.rules.conclusion.Reason;
import uk.safeguarding.rules.conclusion.TimescaleRequest;

/**
 * What the rules concluded for one case: the conclusions, reasons, notes and timescales standing when the rules
 * stopped, and the facts they were given.
 */
public record Evaluation(List<Object> facts, List<Conclusion> conclusions, List<Reason> reasons, List<Note> notes,
                         List<TimescaleRequest> timescales) {

    public Evaluation {
        facts = List.copyOf(facts);
        conclusions = List.copyOf(conclusions);
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
        timescales = List.copyOf(timescales);
    }
}
