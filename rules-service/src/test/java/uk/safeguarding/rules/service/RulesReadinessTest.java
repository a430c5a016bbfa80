package uk.safeguarding.rules.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RulesReadinessTest {

    @Inject
    SafeguardingService service;

    @Inject
    RuleSetReloader reloader;

    @Test
    void readyOnTheLastDayTheBankHolidayCalendarCovers() {
        assertEquals(Status.UP, readinessOn(service.calendar().coversTo()));
    }

    @Test
    void notReadyOnceTheBankHolidayCalendarHasRunOut() {
        assertEquals(Status.DOWN, readinessOn(service.calendar().coversTo().plusDays(1)));
    }

    private Status readinessOn(LocalDate day) {
        Clock clock = Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new RulesReadiness(service, reloader, clock).call().getStatus();
    }
}
