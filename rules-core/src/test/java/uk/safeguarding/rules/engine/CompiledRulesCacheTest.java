package uk.safeguarding.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.rules.engine.RuleSetLoadingTest.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules are compiled once per content: the shipped rules by the build, an edited directory on first use, after which
 * it loads from the cache until any file in it changes; a local profile is compiled on its own and added to the
 * national rules.
 */
class CompiledRulesCacheTest {

    private static final String HEADER = """
            package safeguarding.%s;
            import uk.safeguarding.rules.model.*;
            import uk.safeguarding.rules.conclusion.*;
            import function uk.safeguarding.rules.conclusion.Conclude.yes;
            """;

    @TempDir
    Path cache;
    private String before;

    @BeforeEach
    void useAnEmptyCache() {
        before = System.getProperty(CompiledRulesCache.PROPERTY);
        System.setProperty(CompiledRulesCache.PROPERTY, cache.toString());
    }

    @AfterEach
    void restoreTheCache() {
        if (before == null) {
            System.clearProperty(CompiledRulesCache.PROPERTY);
        } else {
            System.setProperty(CompiledRulesCache.PROPERTY, before);
        }
    }

    @Test
    void theShippedRulesComeCompiledWithTheBuild() throws IOException {
        RuleSet surrey = RuleSets.load(RuleSource.classpath("surrey"));
        assertTrue(surrey.ruleById("LP1-surrey-ecdop-form").isPresent());
        assertEquals(List.of(), cached(), "nothing compiled: the build's compiled rules were loaded");
    }

    @Test
    void anEditedDirectoryIsCompiledOnceThenLoadedUntilAFileInItChanges(@TempDir Path rules) throws IOException {
        write(rules, "national/one.drl", HEADER.formatted("national") + rule("A national rule is compiled once and then reused", "T-one"));
        RuleSet first = RuleSets.load(RuleSource.directory(rules, null));
        List<Path> compiled = cached();
        assertEquals(1, compiled.size(), compiled.toString());
        Files.setLastModifiedTime(compiled.get(0), FileTime.fromMillis(0));

        RuleSet again = RuleSets.load(RuleSource.directory(rules, null));
        assertEquals(first.rulesByName().keySet(), again.rulesByName().keySet());
        assertEquals(1, again.kieBase().getKiePackage("safeguarding.national").getRules().size());
        assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(compiled.get(0)), "loaded, not compiled again");

        String fingerprint = RuleSource.directory(rules, null).fingerprint();
        Path thresholds = rules.resolve("parameters/thresholds.yaml");
        Files.writeString(thresholds, Files.readString(thresholds) + "\n# A policy officer's note.\n");
        assertNotEquals(fingerprint, RuleSource.directory(rules, null).fingerprint(), "every file counts, not only rules");
        RuleSets.load(RuleSource.directory(rules, null));
        assertEquals(2, cached().size(), "compiled again after a change");
    }

    @Test
    void aLocalProfileIsCompiledOnItsOwnAndAddedToTheNationalRules(@TempDir Path rules) throws IOException {
        write(rules, "national/one.drl", HEADER.formatted("national") + rule("A national rule is in every profile", "T-national"));
        write(rules, "local/northshire.drl", HEADER.formatted("local")
                + rule("A local rule is added to the national rules", "T-local").replace("when", "@profile(\"northshire\")\nwhen"));
        write(rules, "parameters/profiles/northshire.yaml", "timescales: {}\n");
        RuleSet northshire = RuleSets.load(RuleSource.directory(rules, "northshire"));
        assertEquals(1, northshire.kieBase().getKiePackage("safeguarding.national").getRules().size());
        assertEquals(1, northshire.kieBase().getKiePackage("safeguarding.local").getRules().size());
        assertEquals(List.of("national", "northshire"), cached().stream()
                .map(p -> p.getFileName().toString().replaceAll("^[0-9a-f]+-|\\.zip$", "")).sorted().toList());
    }

    private static String rule(String name, String id) {
        return """
                rule "%s"
                    @id("%s") @guidance("S1") @citation("test")
                when
                    Incident( outcome == IncidentOutcome.DIED )
                then
                    yes(kcontext, Topic.SERIOUS_CASE, Basis.DUTY, "x");
                end
                """.formatted(name, id);
    }

    private List<Path> cached() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
    }
}
