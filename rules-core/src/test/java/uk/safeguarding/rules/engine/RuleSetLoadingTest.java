package uk.safeguarding.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.rules.SharedAssessor;
import uk.safeguarding.rules.guidance.GuidanceStatements;

/**
 * Code health for the rule files: the shipped rules load with complete metadata, and a rule set with a problem is
 * refused with every problem named by file and line, never half-built.
 */
class RuleSetLoadingTest {

    private static final String HEADER = """
            package safeguarding.national;
            import uk.safeguarding.rules.model.*;
            import uk.safeguarding.rules.conclusion.*;
            import function uk.safeguarding.rules.conclusion.Conclude.yes;
            """;

    @Test
    void everyShippedRuleHasAUniqueIdGuidanceThatExistsACitationAndASentenceForAName() {
        RuleSet rules = SharedAssessor.NATIONAL.ruleSet();
        GuidanceStatements guidance = GuidanceStatements.load();
        Set<String> ids = new HashSet<>();
        for (RuleInfo rule : rules.rules()) {
            assertTrue(ids.add(rule.id()), "repeated id " + rule.id());
            assertFalse(rule.guidance().isEmpty(), rule.id());
            rule.guidance().forEach(id -> assertTrue(guidance.contains(id), rule.id() + " cites unknown " + id));
            assertTrue(rule.citation() != null && !rule.citation().isBlank(), rule.id());
            assertTrue(rule.file().startsWith("national/"), rule.id() + " is national");
        }
        assertEquals(rules.rules().size(), rules.kieBase().getKiePackage("safeguarding.national").getRules().size(),
                "every compiled rule was read with its metadata");
        assertTrue(rules.contentHash().startsWith("sha256:"));
    }

    @Test
    void theFactsARuleTestsAreReadFromItsConditions() {
        RuleInfo strategy = SharedAssessor.NATIONAL.ruleSet().ruleById("A3-strategy-discussion").orElseThrow();
        assertEquals(List.of("abuseOrNeglect.strategyDiscussion"), strategy.facts());
        RuleInfo careLeaver = SharedAssessor.NATIONAL.ruleSet().ruleById("L5-care-leaver").orElseThrow();
        assertTrue(careLeaver.facts().containsAll(List.of("parameters.thresholds.careLeaverAgeLimit", "derived.age.years",
                "derived.careTime.weeksLookedAfterSinceAge14", "child.careHistory.previouslyLookedAfter")), careLeaver.facts().toString());
    }

    @Test
    void aRuleThatDoesNotCompileIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        write(dir, "national/broken.drl", HEADER + """
                rule "A rule with a typo in its condition names the file"
                    @id("T-broken") @guidance("S1") @citation("test")
                when
                    Incident( outcomee == IncidentOutcome.DIED )
                then
                    yes(kcontext, Topic.CHILD, Basis.DUTY, "x");
                end
                """);
        RuleSetException refused = assertThrows(RuleSetException.class, () -> RuleSets.load(RuleSource.directory(dir, null)));
        assertEquals("national/broken.drl", refused.problems().get(0).file(), refused.getMessage());
        assertTrue(refused.problems().get(0).line() > 0, refused.getMessage());
        assertTrue(refused.getMessage().contains("outcomee"), refused.getMessage());
    }

    @Test
    void aJavaErrorInAConsequenceIsTracedBackToItsLineInTheRuleFile(@TempDir Path dir) throws IOException {
        write(dir, "national/consequence.drl", HEADER + """
                rule "A rule concluding a topic that does not exist names its own line"
                    @id("T-consequence") @guidance("S1") @citation("test")
                when
                    Incident( )
                then
                    yes(kcontext, Topic.NO_SUCH_TOPIC, Basis.DUTY, "x");
                end
                """);
        RuleSetException refused = assertThrows(RuleSetException.class, () -> RuleSets.load(RuleSource.directory(dir, null)));
        assertEquals(new RuleProblem("national/consequence.drl", 10, "NO_SUCH_TOPIC cannot be resolved or is not a field"),
                refused.problems().get(0), refused.getMessage());
        assertFalse(refused.getMessage().contains("LambdaConsequence"), "no generated code in what the author reads");
    }

    @Test
    void aSyntaxErrorIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        write(dir, "national/syntax.drl", HEADER + """
                rule "A rule that is never closed is a syntax error"
                    @id("T-syntax") @guidance("S1") @citation("test")
                when
                    Incident( )
                then
                """);
        RuleSetException refused = assertThrows(RuleSetException.class, () -> RuleSets.load(RuleSource.directory(dir, null)));
        assertEquals("national/syntax.drl", refused.problems().get(0).file(), refused.getMessage());
    }

    @Test
    void missingOrWrongMetadataIsReportedForEachRule(@TempDir Path dir) throws IOException {
        write(dir, "national/metadata.drl", HEADER + """
                rule "A rule without a citation is refused by the loader"
                    @id("T-1") @guidance("S1")
                when Incident( ) then end

                rule "A rule naming guidance that does not exist is refused"
                    @id("T-2") @guidance("Z99") @citation("test")
                when Incident( ) then end

                rule "A rule repeating another rule's id is refused"
                    @id("T-1") @guidance("S1") @citation("test")
                when Incident( ) then end

                rule "no id"
                    @guidance("S1") @citation("test")
                when Incident( ) then end
                """);
        RuleSetException refused = assertThrows(RuleSetException.class, () -> RuleSets.load(RuleSource.directory(dir, null)));
        String report = refused.getMessage();
        assertTrue(report.contains("has no @citation"), report);
        assertTrue(report.contains("\"Z99\", which is not in the guidance digest"), report);
        assertTrue(report.contains("repeats the id \"T-1\""), report);
        assertTrue(report.contains("has no @id"), report);
        assertTrue(report.contains("reads as a sentence"), report);
        assertTrue(refused.problems().stream().allMatch(p -> "national/metadata.drl".equals(p.file()) && p.line() > 0), report);
    }

    @Test
    void aLocalProfileNeedsItsOwnFileAndItsRulesSayWhichProfileTheyBelongTo(@TempDir Path dir) throws IOException {
        write(dir, "national/one.drl", HEADER + """
                rule "A national rule is loaded with every profile"
                    @id("T-national") @guidance("S1") @citation("test")
                when Incident( ) then end
                """);
        write(dir, "parameters/profiles/northshire.yaml", "timescales: {}\n");
        write(dir, "local/northshire.drl", HEADER + """
                rule "A local rule without its profile is refused"
                    @id("T-local") @guidance("LP1") @citation("test")
                when Incident( ) then end
                """);
        assertEquals(1, RuleSets.load(RuleSource.directory(dir, "national")).rules().size());
        RuleSetException unmarked = assertThrows(RuleSetException.class, () -> RuleSets.load(RuleSource.directory(dir, "northshire")));
        assertTrue(unmarked.getMessage().contains("needs @profile(\"northshire\")"), unmarked.getMessage());
        RuleSetException unknown = assertThrows(RuleSetException.class, () -> RuleSets.load(RuleSource.directory(dir, "southshire")));
        assertTrue(unknown.getMessage().contains("available profiles: [northshire]"), unknown.getMessage());
    }

    @Test
    void theShippedLocalProfilesLoadOnTopOfTheNationalRules() {
        RuleSet surrey = RuleSets.load(RuleSource.classpath("surrey"));
        assertEquals(SharedAssessor.NATIONAL.ruleSet().rules().size() + 2, surrey.rules().size());
        assertTrue(surrey.ruleById("LP1-surrey-ecdop-form").orElseThrow().isLocal());
        assertTrue(surrey.version().endsWith("+surrey"));
    }

    @Test
    void aDirectoryWithoutNationalRulesIsRefusedSayingWhatWasExpected(@TempDir Path dir) {
        RuleSetException refused = assertThrows(RuleSetException.class, () -> RuleSets.load(RuleSource.directory(dir, null)));
        assertTrue(refused.getMessage().contains("national"), refused.getMessage());
    }

    @Test
    void theNumbersAreReadFromTheSameDirectoryAsTheRulesAndCountInItsHash(@TempDir Path dir) throws IOException {
        write(dir, "national/one.drl", HEADER + """
                rule "A national rule is loaded with its numbers"
                    @id("T-national") @guidance("S1") @citation("test")
                when Incident( ) then end
                """);
        RuleSet shipped = RuleSets.load(RuleSource.directory(dir, null));
        Path timescales = dir.resolve(RuleSource.TIMESCALES);
        Files.writeString(timescales, Files.readString(timescales).replaceFirst("2018-06-29: 5", "2018-06-29: 10"));
        RuleSet edited = RuleSets.load(RuleSource.directory(dir, null));
        assertEquals(5, shipped.timescales().get("panel-notification").count().on(null));
        assertEquals(10, edited.timescales().get("panel-notification").count().on(null));
        assertFalse(shipped.contentHash().equals(edited.contentHash()), "a changed number is a different rule set");
    }

    @Test
    void aParameterFileWithAProblemIsRefusedAtItsFileAndLine(@TempDir Path dir) throws IOException {
        write(dir, "national/one.drl", HEADER + """
                rule "A national rule is refused with its numbers"
                    @id("T-national") @guidance("S1") @citation("test")
                when Incident( ) then end
                """);
        Path timescales = dir.resolve(RuleSource.TIMESCALES);
        String text = Files.readString(timescales);
        Files.writeString(timescales, text.replaceFirst("basis: EXPECTED", "basis: MAYBE"));
        RuleSetException refused = assertThrows(RuleSetException.class, () -> RuleSets.load(RuleSource.directory(dir, null)));
        RuleProblem problem = refused.problems().get(0);
        assertEquals(RuleSource.TIMESCALES, problem.file());
        assertEquals(List.of(text.split("\n")).indexOf("panel-notification:") + 1, problem.line(), refused.getMessage());
        assertTrue(problem.message().contains("basis must be one of [DUTY, EXPECTED, JUDGEMENT], not \"MAYBE\""), problem.message());
    }

    /** Writes a rule file into a rules directory, which also holds the shipped numbers unless a test changes them. */
    static void write(Path dir, String relative, String content) throws IOException {
        for (RuleFile shipped : RuleSource.classpath(RuleSource.NATIONAL).read()) {
            Path parameters = dir.resolve(shipped.path());
            if (!shipped.isRules() && !Files.exists(parameters)) {
                Files.createDirectories(parameters.getParent());
                Files.writeString(parameters, shipped.content());
            }
        }
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
