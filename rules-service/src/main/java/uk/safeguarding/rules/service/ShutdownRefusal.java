package uk.safeguarding.rules.service;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Graceful shutdown. When the instance is told to stop, readiness turns DOWN (so the load balancer stops sending it
 * work) and, from then on, a new request gets 503 problem details telling the caller to send it again, which another
 * replica will answer; requests already in flight run to the end (quarkus.shutdown.timeout bounds the wait). Health
 * checks still answer, so the platform can watch the instance drain.
 */
@ApplicationScoped
class ShutdownRefusal {

    private static final Logger LOG = Logger.getLogger(ShutdownRefusal.class);

    private final RouteProblems problems;
    private final String healthPath;
    private volatile boolean draining;

    ShutdownRefusal(RouteProblems problems,
                    @ConfigProperty(name = "quarkus.smallrye-health.root-path", defaultValue = "/q/health") String healthPath) {
        this.problems = problems;
        this.healthPath = healthPath;
    }

    void drain(@Observes ShutdownDelayInitiatedEvent stopping) {
        draining = true;
        LOG.info("Shutting down: new requests are refused with 503; requests in flight finish");
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (draining && !context.request().path().startsWith(healthPath)) {
                context.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
                problems.reply(context, Problem.of(Problem.Kind.SHUTTING_DOWN,
                        "This instance is stopping; send the request again and another instance will answer it.",
                        context.request().path(), List.of()));
            } else {
                context.next();
            }
        });
    }
}
