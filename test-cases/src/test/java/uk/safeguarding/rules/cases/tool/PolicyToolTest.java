package uk.safeguarding.rules.cases.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Each command of the policy tool, driven as on the command line against copies of the rules and a small corpus,
 * with the failures it exists to catch: a broken rule file, missing metadata, a case that fails, a malformed case
 * file, a change that moves a verdict.
 */
class PolicyToolTest {

    private static final Path RULES = Path.of(System.getProperty("rules.dir", "../rules"));
    private static final Path CASES = Path.of(System.getProperty("cases.dir", "cases"));

    @TempDir
    static Path work;
    private static Path corpus;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine tool = PolicyTool.commandLine();
        tool.setOut(new PrintWriter(out, true));
        tool.setErr(new PrintWriter(err, true));
        int exit = tool.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Two real cases, one whose expectation is wrong, and one that is not YAML. */
    @BeforeAll
    static void smallCorpus() throws IOException {
        corpus = Files.createDirectories(work.resolve("cases"));
        Files.copy(CASES.resolve("serious-case/killed-by-parent.yaml"), corpus.resolve("killed-by-parent.yaml"));
        Files.copy(CASES.resolve("particular-deaths/sudi-without-abuse-or-neglect.yaml"), corpus.resolve("sudi.yaml"));
        Files.writeString(corpus.resolve("wrong-expectation.yaml"), Files.readString(CASES.resolve("serious-case/near-miss.yaml"))
                .replaceFirst("(?m)^  seriousCase: NO.*$", "  seriousCase: YES"));
        Files.writeString(corpus.resolve("not-yaml.yaml"), "name: [unclosed\n  input: {");
    }

    private static Path copyOfTheRules(String name) throws IOException {
        Path copy = work.resolve(name);
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = copy.resolve(RULES.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    @Test
    void everyCommandExplainsItself() {
        for (String command : new String[] {"validate", "test", "coverage", "diff", "explain", "catalogue", "mutate", "record"}) {
            Run help = run(command, "--help");
            assertEquals(0, help.exit(), command);
            assertTrue(help.out().contains("Usage: policy-tool " + command), help.out());
        }
        assertTrue(run().out().contains("validate"), "the tool alone lists its commands");
        assertEquals(2, run("diff", "--base", "nowhere").exit(), "a missing option is a usage error");
    }

    @Test
    void validateReportsABrokenRuleAndMissingMetadataWithFileAndLine() throws IOException {
        Path rules = copyOfTheRules("broken-rules");
        Files.writeString(rules.resolve("national/zz-broken.drl"), """
                package safeguarding.national;
                import uk.safeguarding.rules.model.*;

                rule "A rule with a misspelt fact does not compile"
                    @id("T-misspelt") @guidance("S1") @citation("test")
                when
                    Incident( outcomme == IncidentOutcome.DIED )
                then
                end

                rule "A rule without a citation is incomplete"
                    @id("T-no-citation") @guidance("S1")
                when
                    Incident( )
                then
                end
                """);
        Run validate = run("validate", "--rules", rules.toString());
        assertEquals(1, validate.exit(), validate.out());
        assertTrue(validate.out().contains("national/zz-broken.drl:7"), validate.out());
        assertTrue(validate.out().contains("outcomme"), validate.out());
        assertTrue(validate.out().contains("national/zz-broken.drl:11: rule \"A rule without a citation is incomplete\" has no @citation"), validate.out());
        assertTrue(validate.out().contains("The rules have problems"), validate.out());
    }

    @Test
    void testReportsTheFailingCaseAndTheUnreadableFileAndWritesBothReports() throws IOException {
        Path xml = work.resolve("reports/results.xml");
        Path markdown = work.resolve("reports/report.md");
        Run test = run("test", "--rules", RULES.toString(), "--cases", corpus.toString(),
                "--junit-xml", xml.toString(), "--report", markdown.toString());
        assertEquals(1, test.exit(), test.out());
        assertTrue(test.out().contains("4 cases: 2 passed, 2 failed (1 could not be read or assessed)"), test.out());
        assertTrue(test.out().contains("FAILED wrong-expectation.yaml"), test.out());
        assertTrue(test.out().contains("seriousCase: expected YES, got NO (from S2-serious-case)"), test.out());
        assertTrue(test.out().contains("FAILED not-yaml.yaml"), test.out());
        String junit = Files.readString(xml);
        assertTrue(junit.contains("<testsuite name=\"safeguarding-rules corpus\" tests=\"4\" failures=\"1\" errors=\"1\""), junit);
        assertTrue(junit.contains("<failure message=\"1 difference(s) from what the case expects\">seriousCase: expected YES, got NO"), junit);
        assertTrue(junit.contains("<error message=\"is not valid YAML"), junit);
        assertTrue(Files.readString(markdown).contains("| seriousCase | YES | NO | S2-serious-case |"), Files.readString(markdown));
    }

    @Test
    void diffListsTheCasesAndAnswersAChangeMoves() throws IOException {
        Path head = copyOfTheRules("head-rules");
        Path rapidReview = head.resolve("national/rapid-review.drl");
        Files.writeString(rapidReview, Files.readString(rapidReview).replace(
                "yes(kcontext, Topic.RAPID_REVIEW, Basis.DUTY, \"The incident must be notified to the Panel",
                "yes(kcontext, Topic.RAPID_REVIEW, Basis.EXPECTED, \"The incident must be notified to the Panel"));
        Run diff = run("diff", "--base", RULES.toString(), "--head", head.toString(), "--cases", corpus.toString());
        assertEquals(0, diff.exit(), diff.out());
        assertTrue(diff.out().contains("1 case(s) change"), diff.out());
        assertTrue(diff.out().contains("killed-by-parent.yaml"), diff.out());
        assertTrue(diff.out().contains("YES DUTY because R1-notified-incident"), diff.out());
        assertTrue(diff.out().contains("YES EXPECTED because R1-notified-incident"), diff.out());
        assertEquals(1, run("diff", "--base", RULES.toString(), "--head", head.toString(), "--cases", corpus.toString(),
                "--fail-on-change").exit());
    }

    @Test
    void aNumberChangedBesideTheRulesShowsAsTheDeadlinesItMoves() throws IOException {
        Path head = copyOfTheRules("ten-working-days");
        Path timescales = head.resolve("parameters/timescales.yaml");
        String panelNotification = "panel-notification:\n  action: Notify the Child Safeguarding Practice Review Panel\n"
                + "  anchor: AWARENESS_DATE\n  doneOn: NOTIFICATION_DATE\n  unit: WORKING_DAYS_AFTER\n  count:\n    2018-06-29: 5\n";
        String text = Files.readString(timescales);
        assertTrue(text.contains(panelNotification), "the shipped panel-notification timescale reads as this test expects");
        Files.writeString(timescales, text.replace(panelNotification, panelNotification + "    2025-01-01: 10\n"));
        Run diff = run("diff", "--base", RULES.toString(), "--head", head.toString(), "--cases", corpus.toString());
        assertEquals(0, diff.exit(), diff.out());
        assertTrue(diff.out().contains("killed-by-parent.yaml"), diff.out());
        assertTrue(diff.out().lines().anyMatch(line -> line.contains("deadlines.panel-notification")
                && line.contains("due 2026-") && line.indexOf("due ") != line.lastIndexOf("due ")), diff.out());

        Files.writeString(timescales, text.replace(panelNotification, panelNotification.replace("WORKING_DAYS_AFTER", "WORKING_DAYS_LATER")));
        Run validate = run("validate", "--rules", head.toString());
        assertEquals(1, validate.exit(), validate.out());
        int line = List.of(text.split("\n")).indexOf("panel-notification:") + 1;
        assertTrue(validate.out().contains("parameters/timescales.yaml:" + line + ": panel-notification.unit must be one of"), validate.out());
    }

    @Test
    void mutateListsTheChangesToARuleThatNoCaseNotices() throws IOException {
        // Two young children: nothing here tells an 18-year-old from a 17-year-old, so moving the age limit goes unnoticed.
        Run mutate = run("mutate", "--rules", RULES.toString(), "--cases", corpus.toString(), "--rule", "S1-under-18");
        assertEquals(0, mutate.exit(), mutate.out() + mutate.err());
        assertTrue(mutate.out().contains("NOT USED wrong-expectation.yaml"), mutate.out());
        assertTrue(mutate.out().contains("UNNOTICED S1-under-18 (national/serious-case.drl:35): flip a comparison: "
                + "\"Age( years != null, years < $limit, $years : years )\" becomes \"Age( years != null, years <= $limit, $years : years )\""),
                mutate.out());
        assertTrue(mutate.out().contains("UNNOTICED S1-under-18 (national/serious-case.drl:35): move a threshold by one: "
                + "\"Age( years != null, years < $limit, $years : years )\" becomes \"Age( years != null, years < $limit + 1, $years : years )\""),
                mutate.out());
        // Calling a young child not a child is noticed, and the case that noticed it is named with what changed.
        assertTrue(mutate.out().contains("NOTICED S1-under-18 (national/serious-case.drl:37): swap YES and NO"), mutate.out());
        assertTrue(mutate.out().contains("[killed-by-parent.yaml: "), mutate.out());
        String summary = mutate.out().lines().filter(line -> line.contains("mutants noticed")).findFirst().orElseThrow();
        assertTrue(summary.matches("\\d+ of 8 mutants noticed \\(.*\\); 0 equivalent, 0 do not compile for S1-under-18, in \\d+ s\\."), summary);

        Path equivalent = work.resolve("listed-equivalent.yaml");
        Files.writeString(equivalent, "- mutant: 'S1-under-18: drop the condition \"years != null\" from Age(...)'\n"
                + "  reason: years < $limit is false when years is null, so this condition changes nothing\n");
        Run withEquivalent = run("mutate", "--rules", RULES.toString(), "--cases", corpus.toString(), "--rule", "S1-under-18",
                "--equivalent", equivalent.toString(), "--fail-under", "99");
        assertEquals(1, withEquivalent.exit(), "the score is below 99%: " + withEquivalent.out());
        assertTrue(withEquivalent.out().contains("; 1 equivalent"), withEquivalent.out());
        assertTrue(withEquivalent.out().contains("EQUIVALENT S1-under-18 (national/serious-case.drl:35): drop the condition \"years != null\""),
                withEquivalent.out());
        assertFalse(withEquivalent.out().contains("UNNOTICED S1-under-18 (national/serious-case.drl:35): drop the condition \"years != null\""),
                withEquivalent.out());
        assertEquals(2, run("mutate", "--rules", RULES.toString(), "--cases", corpus.toString(), "--rule", "NO-SUCH-RULE").exit());
    }

    @Test
    void recordTurnsARequestIntoACaseThatPassesAndRefusesNamesAndAddresses() throws IOException {
        String input = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                uk.safeguarding.rules.input.Json.yamlMapper().readTree(corpus.resolve("killed-by-parent.yaml").toFile()).get("input"));
        Path request = work.resolve("request.json");
        Files.writeString(request, input);
        Path recorded = work.resolve("recorded/killed.yaml");
        Run record = run("record", request.toString(), "--rules", RULES.toString(), "--output", recorded.toString(),
                "--assessed-on", "2026-11-24");
        assertEquals(0, record.exit(), record.err());
        String caseFile = Files.readString(recorded);
        assertTrue(caseFile.contains("Replace with the case in a few sentences"), caseFile);
        assertTrue(caseFile.contains("\n  rapidReview: YES DUTY\n"), caseFile);
        assertTrue(caseFile.contains("\n  deadlines.panel-notification: 20"), caseFile);
        assertTrue(caseFile.contains("\n  reference: SC-01\n"), caseFile);
        Run test = run("test", "--rules", RULES.toString(), "--cases", recorded.getParent().toString(),
                "--junit-xml", work.resolve("recorded-results.xml").toString(), "--report", work.resolve("recorded-report.md").toString());
        assertEquals(0, test.exit(), "the recorded case expects today's answers: " + test.out());
        assertEquals(1, run("record", request.toString(), "--output", recorded.toString()).exit(), "an existing case is never overwritten");

        Path identifying = work.resolve("identifying.json");
        Files.writeString(identifying, input.replace("\"SC-01\"", "\"Jane Smith, 14 Mill Lane\""));
        Run refused = run("record", identifying.toString(), "--output", work.resolve("refused.yaml").toString());
        assertEquals(1, refused.exit(), refused.out());
        assertTrue(refused.err().contains("reference: looks like a street address"), refused.err());
        assertFalse(Files.exists(work.resolve("refused.yaml")), "nothing is written");
    }

    @Test
    void explainPrintsOneCaseInPlainEnglish() {
        Run explain = run("explain", corpus.resolve("killed-by-parent.yaml").toString(), "--rules", RULES.toString());
        assertEquals(0, explain.exit(), explain.err());
        assertTrue(explain.out().contains("# Working notes for SC-01: not for pasting"), explain.out());
        assertTrue(explain.out().contains("### Rapid Review: yes (must)"), explain.out());
        assertTrue(explain.out().contains("# Rapid Review: SC-01"), explain.out());
        assertTrue(explain.out().contains("Every expected answer matches."), explain.out());
        Run wrong = run("explain", corpus.resolve("wrong-expectation.yaml").toString(), "--rules", RULES.toString());
        assertEquals(0, wrong.exit(), wrong.err());
        assertTrue(wrong.out().contains("- seriousCase: expected YES, got NO (from S2-serious-case)"), wrong.out());
        Run unreadable = run("explain", corpus.resolve("not-yaml.yaml").toString());
        assertEquals(1, unreadable.exit());
        assertTrue(unreadable.err().contains("not valid YAML"), unreadable.err());
    }

    @Test
    void catalogueWritesEveryRuleWithTheCasesThatExerciseIt() throws IOException {
        Path output = work.resolve("catalogue.md");
        Run catalogue = run("catalogue", "--rules", RULES.toString(), "--cases", corpus.toString(), "--output", output.toString());
        assertEquals(0, catalogue.exit(), catalogue.out());
        String document = Files.readString(output);
        assertTrue(document.contains("### N1-must-notify: The local authority must notify the Panel"), document);
        assertTrue(document.contains("- Exercised by: `killed-by-parent.yaml`"), document);
        assertTrue(document.contains("| N1 | The LA must notify the Panel"), document);
    }

    @Test
    void coverageOfASmallCorpusListsWhatItLeavesOut() {
        Run coverage = run("coverage", "--rules", RULES.toString(), "--cases", corpus.toString());
        assertEquals(1, coverage.exit());
        assertTrue(coverage.out().contains("Rule exercised by no case: L6-care-leaver-death"), coverage.out());
        assertTrue(coverage.out().contains("Coverage is incomplete"), coverage.out());
    }
}
