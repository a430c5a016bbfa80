package uk.safeguarding.rules;

import uk.safeguarding.rules.assessment.Assessor;
import uk.safeguarding.rules.assessment.Assessors;
import uk.safeguarding.rules.engine.RuleSource;

/** The shipped national rules, compiled once for all the tests in this module that only read them. */
public final class SharedAssessor {

    public static final Assessor NATIONAL = Assessors.load(RuleSource.classpath("national"));

    private SharedAssessor() {
    }
}
