package uk.safeguarding.rules.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.safeguarding.rules.engine.RuleSets;
import uk.safeguarding.rules.engine.RuleSource;

/**
 * The service reloads its rules directory without a restart: a changed number is swapped in (on request and when the
 * directory changes), a rule set that does not compile or breaks a regression case is refused with its file and line,
 * and the old one serves throughout.
 */
@QuarkusTest
@TestProfile(ReloadTest.EditableRules.class)
class ReloadTest {

    static {
        SignedIn.asPolicy();
    }

    static final Path WORK = createWork();
    static final Path RULES = WORK.resolve("rules");
    static final Path CASES = WORK.resolve("cases");
    private static final String PANEL_NOTIFICATION = "  count:\n    2018-06-29: 5\n";

    /** A copy of the shipped rules and one regression case, which the test edits. */
    public static class EditableRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            copy(Path.of("../rules"), RULES);
            copy(Path.of("../test-cases/cases/serious-case"), CASES);
            // A reload compiles the whole rule set: on a busy shared machine that takes longer than a request usually may.
            return Map.of("safeguarding.rules.directory", RULES.toString(), "safeguarding.cases.directory", CASES.toString(),
                    "quarkus.http.test-timeout", "10m");
        }
    }

    @Test
    void aRuleSetIsSwappedInOrRefusedWithoutARestart() throws IOException {
        String shipped = servingHash();
        given().when().post("/api/v1/rules/reload").then().statusCode(200)
                .body("status", equalTo("UNCHANGED")).body("serving", equalTo(shipped));
        assertEquals("2026-03-23", panelNotificationDue(shipped));

        // Ten working days to notify instead of five, from 2025: the watcher swaps it in, no request needed.
        Path timescales = RULES.resolve(RuleSource.TIMESCALES);
        String text = Files.readString(timescales);
        Files.writeString(timescales, text.replaceFirst(PANEL_NOTIFICATION, PANEL_NOTIFICATION + "    2025-01-01: 10\n"));
        String tenDays = expectedHash();
        assertNotEquals(shipped, tenDays, "the numbers count in the rule set's hash");
        awaitServing(tenDays);
        assertEquals("2026-03-30", panelNotificationDue(tenDays));
        given().when().post("/api/v1/rules/reload").then().statusCode(200)
                .body("status", equalTo("UNCHANGED")).body("serving", equalTo(tenDays));

        // A rule that does not compile: refused at its file and line, the ten-day set still serving.
        Path broken = RULES.resolve("national/zz-broken.drl");
        Files.writeString(broken, """
                package safeguarding.national;
                import uk.safeguarding.rules.model.*;

                rule "A rule with a misspelt fact does not compile"
                    @id("T-misspelt") @guidance("S1") @citation("test")
                when
                    Incident( outcomme == IncidentOutcome.DIED )
                then
                end
                """);
        given().when().post("/api/v1/rules/reload").then().statusCode(422)
                .body("status", equalTo("REFUSED")).body("serving", equalTo(tenDays))
                .body("problems.file", hasItem("national/zz-broken.drl")).body("problems.line", hasItem(7));
        assertEquals("2026-03-30", panelNotificationDue(tenDays));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'safeguarding rules' }.data.contentHash", equalTo(tenDays))
                .body("checks.find { it.name == 'safeguarding rules' }.data.refusedBecause", containsString("national/zz-broken.drl:7"));
        Files.delete(broken);

        // A number that breaks a regression case (a two-year-old would no longer be a child): refused at the case.
        Path thresholds = RULES.resolve(RuleSource.THRESHOLDS);
        String limits = Files.readString(thresholds);
        Files.writeString(thresholds, limits.replaceFirst("2018-06-29: 18", "2018-06-29: 2"));
        given().when().post("/api/v1/rules/reload").then().statusCode(422)
                .body("status", equalTo("REFUSED")).body("serving", equalTo(tenDays))
                .body("cases", containsString("failed"))
                .body("problems.file", hasItem(CASES.resolve("killed-by-parent.yaml").toString()));
        Files.writeString(thresholds, limits);
        given().when().post("/api/v1/rules/reload").then().statusCode(200)
                .body("status", oneOf("SWAPPED", "UNCHANGED")).body("serving", equalTo(tenDays));
        given().when().get("/q/health/ready").then().statusCode(200).body("checks.find { it.name == 'safeguarding rules' }.data.refusedBecause", equalTo(null));
    }

    private static String servingHash() {
        return given().when().get("/api/v1/rules").then().statusCode(200).extract().path("contentHash");
    }

    /** The due date for notifying the Panel in the worked example, checking the assessment names the rule set used. */
    private static String panelNotificationDue(String hash) {
        return given().contentType("application/json").body(Examples.read("sudi.request.json"))
                .when().post("/api/v1/assessments")
                .then().statusCode(200).body("ruleSet.contentHash", equalTo(hash))
                .extract().path("verdicts.panelNotification.deadlines.find { it.id == 'panel-notification' }.due");
    }

    private static String expectedHash() {
        return RuleSets.contentHash(RuleSource.directory(RULES, "national").read());
    }

    /** Waits for the watcher to swap in a rule set; compiling takes seconds, longer on a busy machine. */
    private static void awaitServing(String hash) {
        long giveUp = System.nanoTime() + 300_000_000_000L;
        while (!hash.equals(servingHash()) && System.nanoTime() < giveUp) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertEquals(hash, servingHash(), "the watcher swapped in the edited rule set");
    }

    private static Path createWork() {
        try {
            return Files.createTempDirectory("reload-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.toString().endsWith("pom.xml") && !file.startsWith(from.resolve("target"))) {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
