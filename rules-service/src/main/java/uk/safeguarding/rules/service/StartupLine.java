package uk.safeguarding.rules.service;

import io.quarkus.arc.profile.UnlessBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the rules as the service starts, then tells whoever started it where to try it and which rules it is running.
 * Not in the benchmark build, whose startup is the comparator for this one: the same service without its rules.
 */
@ApplicationScoped
@UnlessBuildProfile("benchmark")
class StartupLine {

    private static final Logger LOG = Logger.getLogger(StartupLine.class);

    void onStart(@Observes StartupEvent started, SafeguardingService service,
                 @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        var rules = service.ruleSet();
        LOG.infof("Safeguarding rules %s ready (%d rules, %s). Assess a case: http://localhost:%d/leads"
                        + " (the API in Swagger UI: http://localhost:%d/q/swagger-ui)",
                rules.version(), rules.rules().size(), rules.contentHash().substring(0, 19) + "…", port, port);
    }
}
