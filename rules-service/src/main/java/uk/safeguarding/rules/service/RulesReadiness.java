package uk.safeguarding.rules.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the rule set is loaded and the bank-holiday calendar covers today. A calendar that has run out cannot
 * count working days from today's cases, so the service says so before anyone is given a deadline it cannot compute.
 * A reload never makes the service unready: while a new rule set is checked, and after one is refused, the old one
 * serves; the details say so, with the refused set's problems.
 */
@Readiness
@ApplicationScoped
class RulesReadiness implements HealthCheck {

    private final SafeguardingService service;
    private final RuleSetReloader reloader;
    private final Clock clock;

    @Inject
    RulesReadiness(SafeguardingService service, RuleSetReloader reloader) {
        this(service, reloader, Clock.systemUTC());
    }

    RulesReadiness(SafeguardingService service, RuleSetReloader reloader, Clock clock) {
        this.service = service;
        this.reloader = reloader;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        var rules = service.ruleSet();
        var calendar = service.calendar();
        LocalDate today = LocalDate.now(clock);
        var response = HealthCheckResponse.named("safeguarding rules")
                .status(!today.isBefore(calendar.coversFrom()) && !today.isAfter(calendar.coversTo()))
                .withData("ruleSetVersion", rules.version())
                .withData("contentHash", rules.contentHash())
                .withData("profile", rules.profile())
                .withData("rules", rules.rules().size())
                .withData("bankHolidaysCoverFrom", calendar.coversFrom().toString())
                .withData("bankHolidaysCoverTo", calendar.coversTo().toString());
        if (reloader.checking()) {
            response.withData("reload", "checking a new rule set; the one above serves meanwhile");
        }
        reloader.lastRefused().ifPresent(refused -> response
                .withData("reload", "refused rule set " + refused.candidate() + "; the one above serves")
                .withData("refusedBecause", String.join("; ", refused.problemsAt())));
        return response.build();
    }
}
