package uk.safeguarding.rules.cases.tool;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import uk.safeguarding.rules.cases.RuleSources;
import uk.safeguarding.rules.cases.Validation;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Compile the rules and check every rule's metadata.",
                "Checks the national rules, then each local profile on top of them: that they compile, and that every rule "
                        + "has a unique id, guidance ids that exist in the digest, a citation and a name that reads as a sentence. "
                        + "Each problem is reported with its file and line."})
class ValidateCommand extends ToolCommand {

    @Override
    public Integer call() {
        PrintWriter out = out();
        RuleSources rules = rules();
        out.println("Checking the rules in " + rules.describe() + " ...");
        List<Validation.Result> results = Validation.validate(rules);
        for (Validation.Result result : results) {
            if (result.problems().isEmpty()) {
                out.println("  " + result.profile() + ": compiles, metadata complete");
            } else {
                out.println("  " + result.profile() + ": " + result.problems().size() + " problem(s)");
                result.problems().forEach(problem -> out.println("    " + problem));
            }
        }
        boolean passed = Validation.passed(results);
        out.println(passed ? "The rules are valid." : "The rules have problems: correct them before going further.");
        return passed ? 0 : 1;
    }
}
