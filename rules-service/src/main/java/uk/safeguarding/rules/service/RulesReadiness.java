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
 */
@Readiness
@ApplicationScoped
class RulesReadiness implements HealthCheck {

    private final SafeguardingService service;
    private final Clock clock;

    @Inject
    RulesReadiness(SafeguardingService service) {
        this(service, Clock.systemUTC());
    }

    RulesReadiness(SafeguardingService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        var rules = service.ruleSet();
        var calendar = service.calendar();
        LocalDate today = LocalDate.now(clock);
        return HealthCheckResponse.named("safeguarding rules")
                .status(!today.isBefore(calendar.coversFrom()) && !today.isAfter(calendar.coversTo()))
                .withData("ruleSetVersion", rules.version())
                .withData("contentHash", rules.contentHash())
                .withData("profile", rules.profile())
                .withData("rules", rules.rules().size())
                .withData("bankHolidaysCoverFrom", calendar.coversFrom().toString())
                .withData("bankHolidaysCoverTo", calendar.coversTo().toString())
                .build();
    }
}
