package uk.safeguarding.rules.cases;

import java.nio.file.Path;

/**
 * A case file as read from disk: either its test case, or the problem that stopped it being read (a malformed file
 * is reported with its path and the run goes on to the others).
 *
 * @param name the file's path relative to the corpus directory
 */
public record CaseFile(Path path, String name, TestCase testCase, String problem) {

    public boolean readable() {
        return testCase != null;
    }
}
