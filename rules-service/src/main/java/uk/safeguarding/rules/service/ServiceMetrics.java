package uk.safeguarding.rules.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.Supplier;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.engine.RuleSet;

/**
 * The service's own metrics, in Prometheus format at /q/metrics. Every label is a closed set (an operation, a question,
 * an outcome, a problem kind, a rule-set version and hash), so nothing here can identify a case, a child or a family.
 *
 * <p>Rule reloads are counted here for whatever swaps the rule set: call {@link #ruleSetReloaded} after a new set is
 * in service and {@link #ruleSetRefused} when a candidate set is turned down.
 */
@ApplicationScoped
public class ServiceMetrics {

    static final String ASSESSMENTS = "safeguarding.assessments";
    static final String OPERATION_TIME = "safeguarding.operation";
    static final String RULE_SET_INFO = "safeguarding.rule.set.info";
    static final String RULE_RELOADS = "safeguarding.rule.reloads";
    static final String REJECTED = "safeguarding.requests.rejected";

    private final MeterRegistry registry;
    private Gauge ruleSetInfo;

    ServiceMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Both results exist from the start, so a dashboard can tell "no reload yet" from "no data".
        reloads("succeeded");
        reloads("refused");
    }

    void publishRuleSet(@Observes StartupEvent started, SafeguardingService service) {
        ruleSetInService(service.ruleSet());
    }

    /** Runs one API operation and records how long it took, in a histogram per operation. */
    public <T> T time(String operation, Supplier<T> work) {
        return Timer.builder(OPERATION_TIME).description("Time to answer each API operation, whatever the result")
                .tag("operation", operation).publishPercentileHistogram().register(registry).record(work);
    }

    /** Counts each verdict of an assessment by its question and outcome. */
    public void assessed(Assessment assessment) {
        assessment.verdicts().forEach((question, verdict) -> Counter.builder(ASSESSMENTS)
                .description("Verdicts given, by question and outcome").tags("question", question, "outcome", verdict.outcome().name())
                .register(registry).increment());
    }

    /** Publishes the rule set in service as an info metric (value 1), replacing the one it succeeds. */
    public synchronized void ruleSetInService(RuleSet ruleSet) {
        if (ruleSetInfo != null) {
            registry.remove(ruleSetInfo);
        }
        ruleSetInfo = Gauge.builder(RULE_SET_INFO, () -> 1).description("The rule set answering requests")
                .tags(Tags.of("version", ruleSet.version(), "hash", ruleSet.contentHash(), "profile", ruleSet.profile()))
                .register(registry);
    }

    /** A reloaded rule set passed its checks and now answers requests. */
    public void ruleSetReloaded(RuleSet ruleSet) {
        ruleSetInService(ruleSet);
        reloads("succeeded").increment();
    }

    /** A candidate rule set was turned down (it did not compile or failed its cases); the old one keeps serving. */
    public void ruleSetRefused() {
        reloads("refused").increment();
    }

    /** A request answered with problem details, counted by the kind of problem. */
    public void rejected(Problem problem) {
        String type = problem.type();
        String reason = type.startsWith(Problem.TYPE_PREFIX) ? type.substring(Problem.TYPE_PREFIX.length()) : "http-" + problem.status();
        Counter.builder(REJECTED).description("Requests answered with problem details, by reason").tag("reason", reason)
                .register(registry).increment();
    }

    private Counter reloads(String result) {
        return Counter.builder(RULE_RELOADS).description("Rule-set reloads, by result").tag("result", result).register(registry);
    }
}
