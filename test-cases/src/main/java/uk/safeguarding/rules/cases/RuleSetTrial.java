package uk.safeguarding.rules.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.safeguarding.rules.assessment.Assessor;
import uk.safeguarding.rules.assessment.Assessors;
import uk.safeguarding.rules.calendar.WorkingDayCalendar;
import uk.safeguarding.rules.engine.RuleProblem;
import uk.safeguarding.rules.engine.RuleSetException;
import uk.safeguarding.rules.engine.RuleSource;

/**
 * A rule set tried out aside before it replaces the one serving: compiled and validated, then checked against the
 * regression cases of its profile when there are any. Either it is accepted, with the assessor ready to serve, or it
 * is refused with every problem at its file and line: a rule or parameter file, or a case file whose answer it breaks.
 */
public final class RuleSetTrial {

    /**
     * @param assessor the new rule set ready to serve, or null when refused
     * @param cases    what the regression run found, in a sentence
     */
    public record Result(Assessor assessor, List<RuleProblem> problems, String cases) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean accepted() {
            return assessor != null;
        }
    }

    private RuleSetTrial() {
    }

    /** @param casesDirectory the regression cases, or null to accept any rule set that compiles and validates */
    public static Result run(RuleSource source, WorkingDayCalendar calendar, Clock clock, Path casesDirectory) {
        Assessor assessor;
        try {
            assessor = Assessors.load(source, calendar, clock);
        } catch (RuleSetException refused) {
            return new Result(null, refused.problems(), "not run: the rule set does not load");
        } catch (UncheckedIOException unreadable) {
            return new Result(null, List.of(new RuleProblem(null, 0, unreadable.getMessage())), "not run: the rule set cannot be read");
        }
        if (casesDirectory == null) {
            return new Result(assessor, List.of(), "no regression cases are configured");
        }
        List<CaseFile> files = CaseFiles.load(casesDirectory).stream()
                .filter(file -> !file.readable() || file.testCase().profile().equals(source.profile())).toList();
        List<CaseResult> results = CaseRunner.forAssessor(assessor).runAll(files);
        List<RuleProblem> problems = new ArrayList<>();
        for (CaseResult result : results) {
            Path file = result.file().path();
            if (result.error() != null) {
                problems.add(new RuleProblem(file.toString(), 0, result.error()));
            }
            for (Mismatch mismatch : result.mismatches()) {
                problems.add(new RuleProblem(file.toString(), lineOf(file, mismatch.what()), mismatch.toString()));
            }
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        String cases = results.size() + " case(s) of profile " + source.profile() + ": " + (results.size() - failed) + " passed, "
                + failed + " failed";
        return problems.isEmpty() ? new Result(assessor, List.of(), cases) : new Result(null, problems, cases);
    }

    /** The line of a case file that states the expectation {@code what} ("rapidReview", "deadlines.panel-notification"). */
    private static int lineOf(Path caseFile, String what) {
        String key = what.startsWith("deadlines.") ? what.substring("deadlines.".length()) : what;
        Pattern expectation = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*:");
        try {
            List<String> lines = Files.readAllLines(caseFile);
            for (int i = 0; i < lines.size(); i++) {
                if (expectation.matcher(lines.get(i)).find()) {
                    return i + 1;
                }
            }
            return 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
