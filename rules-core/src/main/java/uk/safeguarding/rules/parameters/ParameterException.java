package uk.safeguarding.rules.parameters;

import uk.safeguarding.rules.engine.RuleProblem;

/** A parameter file that cannot be used, with the file and line of the problem. */
public final class ParameterException extends IllegalArgumentException {

    private final transient RuleProblem problem;

    public ParameterException(RuleProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public RuleProblem problem() {
        return problem;
    }
}
