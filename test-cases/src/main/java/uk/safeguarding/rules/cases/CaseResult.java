package uk.safeguarding.rules.cases;

import java.util.List;
import uk.safeguarding.rules.assessment.Assessment;

/**
 * The result of checking one case file.
 *
 * @param assessment null when the file could not be read or the case could not be assessed
 * @param error      why the case could not be read or assessed, or null
 */
public record CaseResult(CaseFile file, Assessment assessment, List<Mismatch> mismatches, String error) {

    public CaseResult {
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return error == null && mismatches.isEmpty();
    }

    /** The first way the case failed, in a line: "the rules refused to run: ..." or "seriousCase: expected YES, got NO". */
    public String firstFailure() {
        return error != null ? error : mismatches.isEmpty() ? "passed" : mismatches.get(0).toString();
    }

    public String name() {
        return file.readable() ? file.testCase().name() : file.name();
    }
}
