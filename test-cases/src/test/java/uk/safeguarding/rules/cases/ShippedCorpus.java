package uk.safeguarding.rules.cases;

import java.nio.file.Path;

/** The corpus run once against the rules that ship, shared by the tests that read its results. */
final class ShippedCorpus {

    static final Path CASES = Path.of(System.getProperty("cases.dir", "cases"));
    static final RuleSources RULES = RuleSources.builtIn();
    private static CorpusRun run;

    private ShippedCorpus() {
    }

    static synchronized CorpusRun run() {
        if (run == null) {
            run = CorpusRun.run(CaseFiles.load(CASES), RULES.byProfile());
        }
        return run;
    }
}
