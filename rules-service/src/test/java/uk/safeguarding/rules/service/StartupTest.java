package uk.safeguarding.rules.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.rules.engine.RuleSetException;

/** A rules directory that does not compile stops the service starting, naming every problem. */
class StartupTest {

    @Test
    void editedRulesThatDoNotCompileStopStartupWithTheirProblems(@TempDir Path rules) throws Exception {
        copyShippedParameters(rules);
        Files.createDirectories(rules.resolve("national"));
        Files.writeString(rules.resolve("national/edited.drl"), """
                package safeguarding.national;
                import uk.safeguarding.rules.model.*;
                rule "An edited rule with a misspelt fact stops the service starting"
                    @id("T-edited") @guidance("S1") @citation("test")
                when
                    Incident( outcomme == IncidentOutcome.DIED )
                then
                end
                """);
        RuleSetException refused = assertThrows(RuleSetException.class,
                () -> new SafeguardingService(Optional.of(rules), "national", Optional.empty(), Duration.ofSeconds(30), null));
        assertEquals("national/edited.drl", refused.problems().get(0).file());
        assertEquals(6, refused.problems().get(0).line());
        assertTrue(refused.getMessage().contains("outcomme"), refused.getMessage());
    }

    @Test
    void aMissingLocalProfileStopsStartupListingTheProfilesThereAre() {
        RuleSetException refused = assertThrows(RuleSetException.class,
                () -> new SafeguardingService(Optional.of(Path.of("../rules")), "atlantis", Optional.empty(), Duration.ofSeconds(30), null));
        assertTrue(refused.getMessage().contains("bath-and-north-east-somerset, surrey"), refused.getMessage());
    }

    /** An edited rule set carries its numbers with it: start from the shipped parameter files. */
    private static void copyShippedParameters(Path rules) throws java.io.IOException {
        Path shipped = Path.of("../rules/parameters");
        try (var files = Files.walk(shipped)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = rules.resolve("parameters").resolve(shipped.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
