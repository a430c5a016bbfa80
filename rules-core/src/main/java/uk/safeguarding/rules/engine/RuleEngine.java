package uk.safeguarding.rules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import uk.safeguarding.rules.conclusion.Conclusion;
import uk.safeguarding.rules.conclusion.Note;
import uk.safeguarding.rules.conclusion.Reason;
import uk.safeguarding.rules.conclusion.TimescaleRequest;

/**
 * Runs a rule set over one case's facts in a session of its own, so evaluations never share state; the rule set's
 * knowledge base is shared and only read.
 */
public final class RuleEngine {

    /** Far above what the rules need (a few hundred firings); reaching it means rules are feeding each other in a loop. */
    private static final int MAX_FIRINGS = 20_000;

    private final RuleSet ruleSet;

    public RuleEngine(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public Evaluation evaluate(List<Object> facts) {
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            // Only to name the rules involved if they never settle.
            List<String> fired = new ArrayList<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            facts.forEach(session::insert);
            int firings = session.fireAllRules(MAX_FIRINGS);
            if (firings >= MAX_FIRINGS) {
                throw new IllegalStateException("The rules fired " + firings + " times without settling; two rules are "
                        + "probably undoing each other. Last rules fired: "
                        + fired.subList(Math.max(0, fired.size() - 10), fired.size()));
            }
            return new Evaluation(facts,
                    sorted(session.getObjects(o -> o instanceof Conclusion), Conclusion.class,
                            Comparator.comparing(Conclusion::topic).thenComparing(c -> String.valueOf(c.item()))),
                    sorted(session.getObjects(o -> o instanceof Reason), Reason.class,
                            Comparator.comparing(Reason::topic).thenComparing(r -> String.valueOf(r.item())).thenComparing(Reason::rule)
                                    .thenComparing(Reason::because)),
                    sorted(session.getObjects(o -> o instanceof Note), Note.class,
                            Comparator.comparing(Note::topic).thenComparing(Note::rule).thenComparing(Note::because)),
                    sorted(session.getObjects(o -> o instanceof TimescaleRequest), TimescaleRequest.class,
                            Comparator.comparing(TimescaleRequest::topic).thenComparing(TimescaleRequest::timescaleId)));
        } finally {
            session.dispose();
        }
    }

    private static <T> List<T> sorted(java.util.Collection<?> objects, Class<T> type, Comparator<T> order) {
        return objects.stream().map(type::cast).sorted(order).toList();
    }
}
