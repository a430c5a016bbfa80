package uk.safeguarding.rules.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rule set could not be loaded: nothing half-built is ever returned. */
public class RuleSetException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleSetException(String summary, List<RuleProblem> problems) {
        super(summary + ":\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
