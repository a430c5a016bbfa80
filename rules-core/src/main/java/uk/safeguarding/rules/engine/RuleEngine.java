package uk.safeguarding.rules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;
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
    /** Sessions are reset and reused rather than built for every case: building one costs more than most evaluations. */
    private final KieSessionsPool sessions;
    /** Null when every rule may fire, as in service; otherwise the names of the rules that may. */
    private final AgendaFilter firing;

    public RuleEngine(RuleSet ruleSet) {
        this(ruleSet, null);
    }

    private RuleEngine(RuleSet ruleSet, AgendaFilter firing) {
        this.ruleSet = ruleSet;
        this.sessions = ruleSet.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.firing = firing;
    }

    /**
     * An engine over the same rule set in which only the rules {@code mayFire} accepts (by name) fire; the others match
     * but never conclude, as if they were not there. For trying a variant of a rule in place of the rule, compiled
     * once beside the rule set (mutation testing), never for serving.
     */
    public RuleEngine firingOnly(Predicate<String> mayFire) {
        return new RuleEngine(ruleSet, match -> mayFire.test(match.getRule().getName()));
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public Evaluation evaluate(List<Object> facts) {
        try (Run run = run(facts)) {
            return run.evaluation();
        }
    }

    /**
     * Evaluates the facts and keeps the session open, so the same case can then be tried with other facts (an open
     * question answered) without evaluating it all again: see {@link Run#conclusionsWith}. Close it when done.
     */
    public Run run(List<Object> facts) {
        KieSession session = sessions.newKieSession();
        try {
            Run run = new Run(session);
            run.settle(facts);
            return run;
        } catch (RuntimeException | Error e) {
            session.dispose();
            throw e;
        }
    }

    private record Inserted(Object fact, FactHandle handle) {
    }

    /** One case's session, evaluated; it can be moved to other facts and evaluated again, incrementally. */
    public final class Run implements AutoCloseable {

        private final KieSession session;
        /** The facts in the session now, each with its handle; a fact given twice is in twice, as given. */
        private final List<Inserted> inserted = new ArrayList<>();
        private Evaluation evaluation;

        private Run(KieSession session) {
            this.session = session;
        }

        /** What the rules concluded from the facts the run was started with. */
        public Evaluation evaluation() {
            return evaluation;
        }

        /**
         * The conclusions for other facts, such as the same case with one unknown answered. Only the facts that differ
         * are taken out and put in: truth maintenance withdraws what no longer holds and the rules that depend on the
         * change fire again, which gives the same conclusions as a fresh evaluation at a fraction of the cost.
         */
        public List<Conclusion> conclusionsWith(List<Object> otherFacts) {
            Map<Object, Integer> missing = new HashMap<>();
            otherFacts.forEach(fact -> missing.merge(fact, 1, Integer::sum));
            for (Iterator<Inserted> standing = inserted.iterator(); standing.hasNext(); ) {
                Inserted fact = standing.next();
                if (missing.merge(fact.fact(), -1, Integer::sum) < 0) {
                    session.delete(fact.handle());
                    standing.remove();
                }
            }
            for (Object fact : otherFacts) {
                if (missing.merge(fact, -1, Integer::sum) >= 0) {
                    inserted.add(new Inserted(fact, session.insert(fact)));
                }
            }
            fire(otherFacts);
            List<Conclusion> conclusions = new ArrayList<>();
            for (Object object : session.getObjects(Conclusion.class::isInstance)) {
                conclusions.add((Conclusion) object);
            }
            return sorted(conclusions, CONCLUSION_ORDER);
        }

        private void settle(List<Object> facts) {
            for (Object fact : facts) {
                inserted.add(new Inserted(fact, session.insert(fact)));
            }
            fire(facts);
            List<Conclusion> conclusions = new ArrayList<>();
            List<Reason> reasons = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            List<TimescaleRequest> timescales = new ArrayList<>();
            for (Object object : session.getObjects()) {
                if (object instanceof Conclusion conclusion) {
                    conclusions.add(conclusion);
                } else if (object instanceof Reason reason) {
                    reasons.add(reason);
                } else if (object instanceof Note note) {
                    notes.add(note);
                } else if (object instanceof TimescaleRequest timescale) {
                    timescales.add(timescale);
                }
            }
            evaluation = new Evaluation(facts, sorted(conclusions, CONCLUSION_ORDER), sorted(reasons, REASON_ORDER),
                    sorted(notes, NOTE_ORDER), sorted(timescales, TIMESCALE_ORDER));
        }

        private void fire(List<Object> factsNow) {
            int firings = fireAll(session);
            if (firings >= MAX_FIRINGS) {
                throw new IllegalStateException("The rules fired " + firings + " times without settling; two rules are "
                        + "probably undoing each other. Last rules fired: " + lastRulesFired(factsNow));
            }
        }

        @Override
        public void close() {
            session.dispose();
        }
    }

    /** Fires what may fire (every rule, or those the engine's filter lets through), up to the limit. */
    private int fireAll(KieSession session) {
        return firing == null ? session.fireAllRules(MAX_FIRINGS) : session.fireAllRules(firing, MAX_FIRINGS);
    }

    /** Only when the rules never settle: the same facts again, in a session that names the rules as they fire. */
    private List<String> lastRulesFired(List<Object> facts) {
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            List<String> fired = new ArrayList<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            facts.forEach(session::insert);
            fireAll(session);
            return fired.subList(Math.max(0, fired.size() - 10), fired.size());
        } finally {
            session.dispose();
        }
    }

    // The session hands its objects back in an order that varies from run to run; the last key of each order (the
    // premises, as text) makes one rule matching twice for the same sentence come out the same way every time.
    private static final Comparator<Conclusion> CONCLUSION_ORDER =
            Comparator.comparing(Conclusion::topic).thenComparing(c -> String.valueOf(c.item()));
    private static final Comparator<Reason> REASON_ORDER = Comparator.comparing(Reason::topic)
            .thenComparing(r -> String.valueOf(r.item())).thenComparing(Reason::rule).thenComparing(Reason::because)
            .thenComparing(r -> r.premises().toString());
    private static final Comparator<Note> NOTE_ORDER =
            Comparator.comparing(Note::topic).thenComparing(Note::rule).thenComparing(Note::because)
                    .thenComparing(n -> n.premises().toString());
    private static final Comparator<TimescaleRequest> TIMESCALE_ORDER =
            Comparator.comparing(TimescaleRequest::topic).thenComparing(TimescaleRequest::timescaleId);

    private static <T> List<T> sorted(List<T> objects, Comparator<T> order) {
        objects.sort(order);
        return objects;
    }
}
